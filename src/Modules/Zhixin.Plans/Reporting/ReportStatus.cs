namespace Zhixin.Plans.Reporting;

/// <summary>Where a report stands against its deadline.</summary>
internal enum ReportStatus
{
    OnTime,
    Late,

    /// <summary>Not submitted, and the deadline (with grace) has passed.</summary>
    Overdue,

    /// <summary>Not submitted, and the deadline (with grace) has not passed yet.</summary>
    NotDueYet,
}
