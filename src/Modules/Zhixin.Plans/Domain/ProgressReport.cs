using Zhixin.Platform.Scoping;

namespace Zhixin.Plans.Domain;

/// <summary>
/// A department's report on one task for one reporting period: what was done, how far along (percent), with
/// attachments. Reports are not public: they carry the plan's region and are scoped by it. A later report for
/// the same period supersedes an earlier one but both are kept.
/// </summary>
internal sealed class ProgressReport : IRegionScoped
{
    public Guid Id { get; init; }

    public Guid PlanId { get; init; }

    public Guid TaskId { get; init; }

    public required string DepartmentCode { get; init; }

    /// <summary>The reporting period, e.g. "2013-H1" (Reporting/ReportingPeriod.Key).</summary>
    public required string PeriodKey { get; init; }

    public DateOnly DueOn { get; init; }

    public required string Text { get; init; }

    public int Percent { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public required string SubmittedBy { get; init; }

    /// <summary>The plan's region, by which reports are scoped.</summary>
    public required string RegionCode { get; init; }

    public List<ReportAttachment> Attachments { get; init; } = [];
}

/// <summary>A file attached to a progress report, stored with the report.</summary>
internal sealed class ReportAttachment
{
    public Guid Id { get; init; }

    public Guid ReportId { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long Length { get; init; }

    public required string Sha256 { get; init; }

    public required byte[] Content { get; init; }
}
