using Zhixin.Plans.Indicators;

namespace Zhixin.Plans.Assessment;

/// <summary>
/// What is known about one assessee (a department or local government) on <see cref="AsOf"/>: its tasks with their
/// reports, and the outcomes of the plan's targets it answers for.
/// </summary>
internal sealed record AssesseeFacts(IReadOnlyList<TaskFacts> Tasks, IReadOnlyList<TargetOutcome> Indicators, DateOnly AsOf);

/// <summary>One assigned task and the progress reports owed on it.</summary>
internal sealed record TaskFacts(string TaskKey, TaskRole Role, IReadOnlyList<ReportFacts> Reports);

/// <summary>One report owed: when it was due, when (if ever) it came in, and the completion percent it gave.</summary>
internal sealed record ReportFacts(DateOnly Due, DateTimeOffset? SubmittedAt, decimal? CompletionPercent);
