using System.Text.Json.Serialization;

namespace Zhixin.Plans.Assessment;

/// <summary>The numbers behind a line's ratio, for pages to render ("6 份应报，5 份按时，1 份逾期").</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "basis")]
[JsonDerivedType(typeof(TimelinessEvidence), "timeliness")]
[JsonDerivedType(typeof(CompletionEvidence), "completion")]
[JsonDerivedType(typeof(IndicatorEvidence), "indicators")]
[JsonDerivedType(typeof(DeductionEvidence), "deductions")]
internal abstract record LineEvidence;

/// <summary>Reports due so far (<see cref="Due"/> = on time + late + overdue); reports not yet due are left out.</summary>
internal sealed record TimelinessEvidence(int Due, int OnTime, int Late, int Overdue) : LineEvidence;

/// <summary>Tasks counted, how many the assessee leads, and the weighted mean of their latest completion percents.</summary>
internal sealed record CompletionEvidence(int Tasks, int LeadTasks, decimal MeanPercent) : LineEvidence;

/// <summary>Targets with a recorded actual value, and how many of them were met.</summary>
internal sealed record IndicatorEvidence(int Recorded, int Met, int WithoutActual) : LineEvidence;

/// <summary>Overdue reports and the points they cost (after the cap).</summary>
internal sealed record DeductionEvidence(int OverdueReports, decimal Deducted) : LineEvidence;
