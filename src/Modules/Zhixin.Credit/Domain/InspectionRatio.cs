using Zhixin.Platform.Audit;

namespace Zhixin.Credit.Domain;

/// <summary>
/// A region's inspection ratios by risk class (分类抽查比例): the share of each class's firms to inspect in a year, in
/// per cent, e.g. A 2 %, B 5 %, C and D 100 %. A region without its own takes the nearest region's above it. They
/// are supervision policy, not data about firms, so every regulator may read them.
/// </summary>
internal sealed class InspectionRatio : IAudited
{
    public required string RegionCode { get; init; }

    public decimal A { get; set; }

    public decimal B { get; set; }

    public decimal C { get; set; }

    public decimal D { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
