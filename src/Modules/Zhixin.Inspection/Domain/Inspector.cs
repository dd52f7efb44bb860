using Zhixin.Platform.Audit;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Domain;

/// <summary>A law-enforcement inspector of the 双随机 pool (执法检查人员名录), by region.</summary>
internal sealed class Inspector : IRegionScoped, IAudited, IVoidable
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    /// <summary>执法证号, unique.</summary>
    public required string BadgeNumber { get; init; }

    public required string RegionCode { get; set; }

    public string? DepartmentName { get; set; }

    public bool Active { get; set; } = true;

    public DateTimeOffset? VoidedAt { get; set; }

    public string? VoidedBy { get; set; }

    public string? VoidReason { get; set; }
}
