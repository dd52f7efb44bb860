using System.Globalization;
using Zhixin.Plans.Domain;
using Zhixin.Plans.Reporting;

namespace Zhixin.Plans.Features;

/// <summary>The reporting periods of a plan, from the schedule it stores, with stable keys such as 2013-H1.</summary>
internal static class PlanSchedule
{
    public static IReadOnlyList<DuePeriod> Periods(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. ReportingSchedule.FromJson(plan.ScheduleJson).DueDates(plan.StartsOn, plan.EndsOn)
            .Select(p => new DuePeriod(Key(p), Label(p), p.Due))];
    }

    /// <summary>Today where the deadlines are set (China Standard Time), whatever the server's zone.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return ReportTimeliness.SubmissionDate(clock.GetUtcNow());
    }

    private static string Key(ReportingPeriod period) => period.Kind switch
    {
        ReportingPeriodKind.FirstHalf => string.Create(CultureInfo.InvariantCulture, $"{period.Year}-H1"),
        ReportingPeriodKind.FullYear => string.Create(CultureInfo.InvariantCulture, $"{period.Year}-Y"),
        ReportingPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{period.Year}-Q{period.Sequence}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{period.Year}-P{period.Sequence}"),
    };

    private static string Label(ReportingPeriod period) => period.Kind switch
    {
        ReportingPeriodKind.FirstHalf => PlansText.Format("Period.FirstHalf", period.Year),
        ReportingPeriodKind.FullYear => PlansText.Format("Period.FullYear", period.Year),
        ReportingPeriodKind.Quarter => PlansText.Format("Period.Quarter", period.Year, period.Sequence),
        _ => PlansText.Format("Period.Other", period.Year, period.Sequence),
    };
}

/// <summary>A report's standing against its deadline, as the pages and the API show it.</summary>
internal static class ReportDeadlines
{
    public static string Standing(DateOnly due, DateTimeOffset? submittedAt, DateOnly today) =>
        ReportTimeliness.Classify(due, submittedAt, today, graceDays: 0).ToString();

    public static bool IsLate(DateOnly due, DateTimeOffset submittedAt) =>
        ReportTimeliness.Classify(due, submittedAt, due, graceDays: 0) == ReportStatus.Late;
}
