using Zhixin.Plans.Indicators;
using Zhixin.Plans.Reporting;

namespace Zhixin.Plans.Assessment;

/// <summary>Scores an assessee's facts under a scheme (考核评分).</summary>
internal static class AssessmentCalculator
{
    public static AssessmentScore Score(AssessmentScheme scheme, AssesseeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(facts);
        var problems = scheme.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Scheme {scheme.Code} v{scheme.Version} is invalid: {string.Join(" ", problems)}", nameof(scheme));
        }

        if (facts.Tasks.Count == 0)
        {
            return AssessmentScore.NotAssessed(scheme);
        }

        var statuses = facts.Tasks
            .SelectMany(task => task.Reports)
            .Select(report => ReportTimeliness.Classify(report.Due, report.SubmittedAt, facts.AsOf, scheme.Parameters.GraceDays))
            .ToList();
        var measured = scheme.Lines.Select(line => Measure(line, scheme.Parameters, facts, statuses)).ToList();
        var applicableWeight = measured.Where(line => line.Ratio is not null).Sum(line => line.Line.Weight);
        var lines = measured.Select(line => Weighted(line, applicableWeight)).ToList();
        var total = RoundTotal(Math.Clamp(lines.Sum(line => line.Points), 0, AssessmentScheme.FullMarks));
        return new AssessmentScore(scheme.Code, scheme.Version, true, total, scheme.GradeFor(total), lines);
    }

    /// <summary>One decimal, midpoints away from zero (89.95 → 90.0), as totals are announced.</summary>
    public static decimal RoundTotal(decimal total) => Math.Round(total, 1, MidpointRounding.AwayFromZero);

    private static LineScore Weighted((SchemeLine Line, decimal? Ratio, LineEvidence Evidence) measured, decimal applicableWeight)
    {
        var (line, ratio, evidence) = measured;
        var effectiveWeight = ratio is null || applicableWeight == 0 ? 0 : line.Weight * AssessmentScheme.FullMarks / applicableWeight;
        return new LineScore(line.Key, line.Label, line.Basis, line.Weight, effectiveWeight, ratio, effectiveWeight * (ratio ?? 0), evidence);
    }

    private static (SchemeLine Line, decimal? Ratio, LineEvidence Evidence) Measure(
        SchemeLine line, ScoringParameters parameters, AssesseeFacts facts, List<ReportStatus> statuses)
    {
        var (ratio, evidence) = line.Basis switch
        {
            ScoreBasis.Timeliness => Timeliness(statuses, parameters),
            ScoreBasis.Completion => Completion(facts.Tasks, parameters),
            ScoreBasis.Indicators => Indicators(facts.Indicators),
            ScoreBasis.Deductions => Deductions(statuses, parameters, line.Weight),
            _ => throw new ArgumentOutOfRangeException(nameof(line), line.Basis, $"Line {line.Key} has an unknown basis."),
        };
        return (line, ratio, evidence);
    }

    private static (decimal?, LineEvidence) Timeliness(List<ReportStatus> statuses, ScoringParameters parameters)
    {
        var onTime = statuses.Count(status => status == ReportStatus.OnTime);
        var late = statuses.Count(status => status == ReportStatus.Late);
        var overdue = statuses.Count(status => status == ReportStatus.Overdue);
        var due = onTime + late + overdue;
        decimal? ratio = due == 0 ? null : (onTime + (late * parameters.LateCredit)) / due;
        return (ratio, new TimelinessEvidence(due, onTime, late, overdue));
    }

    // The latest report is the one for the latest period that gave a percent; when it was submitted does not
    // matter, so handing in an old report late never changes completion.
    private static (decimal?, LineEvidence) Completion(IReadOnlyList<TaskFacts> tasks, ScoringParameters parameters)
    {
        var weighted = tasks
            .Select(task => (
                Weight: task.Role == TaskRole.Lead ? parameters.LeadTaskWeight : 1m,
                Percent: Math.Clamp(
                    task.Reports
                        .Where(report => report.SubmittedAt is not null && report.CompletionPercent is not null)
                        .OrderByDescending(report => report.Due)
                        .Select(report => report.CompletionPercent!.Value)
                        .FirstOrDefault(),
                    0,
                    100)))
            .ToList();
        var mean = weighted.Sum(task => task.Weight * task.Percent) / weighted.Sum(task => task.Weight);
        return (mean / 100, new CompletionEvidence(tasks.Count, tasks.Count(task => task.Role == TaskRole.Lead), mean));
    }

    private static (decimal?, LineEvidence) Indicators(IReadOnlyList<TargetOutcome> outcomes)
    {
        var met = outcomes.Count(outcome => outcome == TargetOutcome.Met);
        var recorded = met + outcomes.Count(outcome => outcome == TargetOutcome.NotMet);
        decimal? ratio = recorded == 0 ? null : (decimal)met / recorded;
        return (ratio, new IndicatorEvidence(recorded, met, outcomes.Count - recorded));
    }

    private static (decimal?, LineEvidence) Deductions(List<ReportStatus> statuses, ScoringParameters parameters, decimal weight)
    {
        var overdue = statuses.Count(status => status == ReportStatus.Overdue);
        var deducted = Math.Min(overdue * parameters.PointsPerOverdueReport, parameters.DeductionCap ?? weight);
        var ratio = weight == 0 ? 1 : Math.Max(0, 1 - (deducted / weight));
        return (ratio, new DeductionEvidence(overdue, deducted));
    }
}
