using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.PublishDraw;
using Zhixin.Inspection.Sampling;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.GetDraw;

/// <summary>A firm left out of the draw: <paramref name="Reason"/> as the listing writes it ("inactive", "higher-level"), and why in words.</summary>
internal sealed record DrawExclusionView(string CreditCode, string Name, string Reason, string Explanation);

/// <summary>A drawn firm with its two inspectors, and the batch sampled from it once its sampling form is recorded.</summary>
internal sealed record DrawSelectionView(
    Guid Id, int Position, string CreditCode, string EnterpriseName, string RegionCode, string RegionName,
    Guid FirstInspectorId, Guid SecondInspectorId, string InspectorNames, Guid? BatchId);

/// <summary>
/// A 双随机 draw as published and, once made, its result. <see cref="PoolListing"/> is the canonical listing whose SHA-256
/// is <see cref="PoolHash"/>: with it and the seed anyone can re-run the draw.
/// </summary>
internal sealed record DrawView(
    Guid Id, Guid PlanId, string PlanCode, string PlanTitle, string OrganizerRegionCode, Guid AllocationId, string ProductCode, string ProductName,
    string RegionCode, string RegionName, DrawStatus Status, string Algorithm, string Seed, string PoolHash, string PoolListing,
    DateTimeOffset PublishedAt, string PublishedBy, DateTimeOffset? DrawnAt, string? DrawnBy, int FirmsRequested, int EligibleFirms,
    int Inspectors, IReadOnlyList<DrawExclusionView> Exclusions, IReadOnlyList<DrawSelectionView> Selections);

/// <summary>One draw in the caller's scope (draws are scoped by the region of their allocation row).</summary>
internal sealed class GetDrawHandler(InspectionDbContext db)
{
    public async Task<Outcome<DrawView>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var draw = await db.Draws.AsNoTracking().Include(d => d.Selections).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (draw is null)
        {
            return Failure.NotFound();
        }

        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == draw.PlanId).Select(p => new { p.Code, p.Title, p.OrganizerRegionCode }).FirstAsync(cancellationToken);
        var productName = await db.Allocations.AsNoTracking().Where(a => a.Id == draw.AllocationId).Select(a => a.ProductName).FirstOrDefaultAsync(cancellationToken);
        var selectionIds = draw.Selections.Select(s => (Guid?)s.Id).ToList();
        var batches = await db.Batches.AsNoTracking().Where(b => selectionIds.Contains(b.DrawSelectionId))
            .Select(b => new { b.Id, b.DrawSelectionId })
            .ToListAsync(cancellationToken);
        var batchOf = batches.GroupBy(b => b.DrawSelectionId!.Value).ToDictionary(g => g.Key, g => g.First().Id);
        var pool = DrawPool.Parse(draw.PoolListing);
        var exclusions = DrawExclusions.Read(draw.Exclusions)
            .Select(e => new DrawExclusionView(e.CreditCode, e.Name, e.Reason, e.ToExcludedFirm().Explanation.Message))
            .ToList();
        var selections = draw.Selections.OrderBy(s => s.Position)
            .Select(s => new DrawSelectionView(s.Id, s.Position, s.CreditCode, s.EnterpriseName, s.RegionCode, InspectionAccess.RegionName(s.RegionCode),
                s.FirstInspectorId, s.SecondInspectorId, s.InspectorNames, batchOf.TryGetValue(s.Id, out var batch) ? batch : null))
            .ToList();
        return new DrawView(
            draw.Id, draw.PlanId, plan.Code, plan.Title, plan.OrganizerRegionCode, draw.AllocationId, draw.ProductCode, productName ?? draw.ProductCode,
            draw.RegionCode, InspectionAccess.RegionName(draw.RegionCode), draw.Status, draw.Algorithm, draw.Seed, draw.PoolHash, draw.PoolListing,
            draw.PublishedAt, draw.PublishedBy, draw.DrawnAt, draw.DrawnBy, draw.FirmsRequested, pool.Value?.Firms.Count ?? 0,
            pool.Value?.Inspectors.Count ?? 0, exclusions, selections);
    }
}

internal static class GetDrawEndpoint
{
    public static async Task<Results<Ok<DrawView>, ProblemHttpResult>> HandleAsync(Guid id, GetDrawHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
