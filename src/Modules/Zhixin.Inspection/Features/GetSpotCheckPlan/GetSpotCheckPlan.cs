using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.GetSpotCheckPlan;

/// <summary>A plan with its allocation (product × region), each with its draw and how far sampling and testing got (in the caller's scope).</summary>
internal sealed class GetSpotCheckPlanHandler(InspectionDbContext db)
{
    public async Task<Outcome<SpotCheckPlanView>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Allocations).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return Failure.NotFound();
        }

        var edition = await db.Editions.AsNoTracking().FirstAsync(e => e.Id == plan.EditionId, cancellationToken);
        var draws = await db.Draws.AsNoTracking().Where(d => d.PlanId == id)
            .Select(d => new { d.Id, d.AllocationId, d.Status, d.PublishedAt })
            .ToListAsync(cancellationToken);
        var latestDraw = draws.GroupBy(d => d.AllocationId).ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.PublishedAt).First());
        var counts = await db.Batches.AsNoTracking().Where(b => b.PlanId == id)
            .GroupBy(b => new { b.ProductCode, b.RegionCode })
            .Select(g => new
            {
                g.Key.ProductCode,
                g.Key.RegionCode,
                Sampled = g.Count(),
                Tested = g.Count(b => b.Verdict != null),
                Failed = g.Count(b => b.Verdict == Verdict.Fail),
            })
            .ToListAsync(cancellationToken);

        var allocations = plan.Allocations
            .OrderBy(a => a.ProductCode, StringComparer.Ordinal).ThenBy(a => a.RegionCode, StringComparer.Ordinal)
            .Select(a =>
            {
                // Batches sampled in a county count toward the allocation of the county, city or province that contains it.
                var mine = counts.Where(c => c.ProductCode == a.ProductCode && InspectionAccess.Within(c.RegionCode, a.RegionCode)).ToList();
                var draw = latestDraw.GetValueOrDefault(a.Id);
                return new AllocationView(a.Id, a.ProductCode, a.ProductName, a.RegionCode, InspectionAccess.RegionName(a.RegionCode),
                    a.Producers, a.Score, a.ProposedBatches, a.Batches, a.Explanation, draw?.Id, draw?.Status,
                    mine.Sum(c => c.Sampled), mine.Sum(c => c.Tested), mine.Sum(c => c.Failed));
            })
            .ToList();
        return new SpotCheckPlanView(PlanViews.Summary(plan, plan.Allocations.Sum(a => a.Batches)), edition.Code, edition.Name, allocations);
    }
}

internal static class GetSpotCheckPlanEndpoint
{
    public static async Task<Results<Ok<SpotCheckPlanView>, ProblemHttpResult>> HandleAsync(
        Guid id, GetSpotCheckPlanHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
