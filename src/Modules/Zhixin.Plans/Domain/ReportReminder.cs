using Zhixin.Platform.Scoping;

namespace Zhixin.Plans.Domain;

/// <summary>A reminder the deadline job sent a department for a report that is overdue; one per task, department and period.</summary>
internal sealed class ReportReminder : IRegionScoped
{
    public Guid Id { get; init; }

    public Guid PlanId { get; init; }

    public Guid TaskId { get; init; }

    public required string DepartmentCode { get; init; }

    public required string PeriodKey { get; init; }

    public DateOnly DueOn { get; init; }

    public DateTimeOffset SentAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }

    public required string RegionCode { get; init; }
}
