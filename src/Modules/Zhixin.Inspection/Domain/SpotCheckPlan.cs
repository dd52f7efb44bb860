using Zhixin.Platform.Audit;
using Zhixin.Platform.Data;

namespace Zhixin.Inspection.Domain;

/// <summary>
/// A yearly or special spot-check plan (监督抽查计划) of one authority: which catalogue products, in which regions, how
/// many batches, on what budget. Plans are administrative documents every regulator may read; only officials whose
/// scope covers the organising region change them.
/// </summary>
internal sealed class SpotCheckPlan : IAudited, IVoidable
{
    public Guid Id { get; init; }

    /// <summary>计划编号, unique, e.g. "FJ-2026-01".</summary>
    public required string Code { get; init; }

    public required string Title { get; set; }

    public SpotCheckPlanKind Kind { get; set; }

    public int Year { get; set; }

    /// <summary>The organising authority's region; its level (national, province, city, county) decides who may not repeat it.</summary>
    public required string OrganizerRegionCode { get; init; }

    public Guid EditionId { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>Budget in batches (a batch is one firm's sample of one product).</summary>
    public int BudgetBatches { get; set; }

    /// <summary>Budget in yuan, for the record; allocation works in batches.</summary>
    public decimal? BudgetYuan { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public int Revision { get; set; }

    public DateTimeOffset? VoidedAt { get; set; }

    public string? VoidedBy { get; set; }

    public string? VoidReason { get; set; }

    public List<PlanAllocation> Allocations { get; init; } = [];

    public bool Covers(DateOnly day) => day >= StartsOn && day <= EndsOn;
}

/// <summary>Batches planned for one catalogue product in one region: the proposal and the official's adjustment.</summary>
internal sealed class PlanAllocation : IAudited
{
    public Guid Id { get; init; }

    public Guid PlanId { get; init; }

    public required string ProductCode { get; init; }

    public required string ProductName { get; init; }

    public required string RegionCode { get; init; }

    /// <summary>Eligible producers in the region when the allocation was proposed.</summary>
    public int Producers { get; set; }

    public double Score { get; set; }

    public int ProposedBatches { get; set; }

    /// <summary>The batches the official decided; equal to the proposal until adjusted.</summary>
    public int Batches { get; set; }

    public required string Explanation { get; set; }
}
