namespace Zhixin.Plans.Reporting;

/// <summary>Classifies a report against its due date.</summary>
internal static class ReportTimeliness
{
    /// <summary>
    /// Deadlines are dates in China Standard Time (UTC+8, no daylight saving), the time of the offices that set
    /// them, so a submission time is read there whatever offset it was stored with: 01:00 on 16 July in Beijing
    /// is late for 15 July even though it is still 15 July in UTC.
    /// </summary>
    public static readonly TimeSpan DeadlineOffset = TimeSpan.FromHours(8);

    /// <summary>
    /// A report submitted on or before <paramref name="due"/> plus <paramref name="graceDays"/> is on time, after
    /// that late. One not submitted is overdue once <paramref name="today"/> is past that day, otherwise not due yet.
    /// </summary>
    public static ReportStatus Classify(DateOnly due, DateTimeOffset? submittedAt, DateOnly today, int graceDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(graceDays);
        var lastDay = due.AddDays(graceDays);
        if (submittedAt is { } submitted)
        {
            return SubmissionDate(submitted) <= lastDay ? ReportStatus.OnTime : ReportStatus.Late;
        }

        return today > lastDay ? ReportStatus.Overdue : ReportStatus.NotDueYet;
    }

    public static DateOnly SubmissionDate(DateTimeOffset submittedAt) =>
        DateOnly.FromDateTime(submittedAt.ToOffset(DeadlineOffset).DateTime);
}
