using Zhixin.Platform.Audit;
using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Domain;

/// <summary>
/// A 双随机 draw for one allocation (product × region): the seed and the hash of the canonical pool listing are
/// published first, the draw is made after, and both stay stored so anyone can re-run it and get the same firms and
/// inspectors.
/// </summary>
internal sealed class RandomDraw : IRegionScoped, IAudited
{
    public Guid Id { get; init; }

    public Guid PlanId { get; init; }

    public Guid AllocationId { get; init; }

    public required string ProductCode { get; init; }

    public required string RegionCode { get; init; }

    public int FirmsRequested { get; init; }

    /// <summary>256-bit seed as 64 hex characters.</summary>
    public required string Seed { get; init; }

    /// <summary>SHA-256 (hex) of <see cref="PoolListing"/>.</summary>
    public required string PoolHash { get; init; }

    /// <summary>The canonical listing of both pools, exactly as hashed.</summary>
    public required string PoolListing { get; init; }

    /// <summary>Firms left out of the pool and why (one per line: credit code, reason).</summary>
    public required string Exclusions { get; init; }

    public required string Algorithm { get; init; }

    public DrawStatus Status { get; set; }

    public DateTimeOffset PublishedAt { get; init; }

    public required string PublishedBy { get; init; }

    public DateTimeOffset? DrawnAt { get; set; }

    public string? DrawnBy { get; set; }

    public List<DrawSelection> Selections { get; init; } = [];
}

/// <summary>A firm drawn, in draw order, with the two inspectors drawn for it.</summary>
internal sealed class DrawSelection
{
    public Guid Id { get; init; }

    public Guid DrawId { get; init; }

    public int Position { get; init; }

    public required string CreditCode { get; init; }

    public required string EnterpriseName { get; init; }

    public required string RegionCode { get; init; }

    public Guid FirstInspectorId { get; init; }

    public Guid SecondInspectorId { get; init; }

    public required string InspectorNames { get; init; }
}
