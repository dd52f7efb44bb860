using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;

namespace Zhixin.Inspection.Features.ListSpotCheckPlans;

/// <summary>Spot-check plans, newest year first; plans are administrative documents every official may read.</summary>
internal sealed class ListSpotCheckPlansHandler(InspectionDbContext db)
{
    public async Task<IReadOnlyList<SpotCheckPlanSummary>> HandleAsync(int? year, string? regionCode, CancellationToken cancellationToken)
    {
        var query = db.Plans.AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(p => p.Year == y);
        }

        if (regionCode is { Length: > 0 } region)
        {
            query = query.Where(p => p.OrganizerRegionCode == region);
        }

        var rows = await query
            .OrderByDescending(p => p.Year).ThenBy(p => p.OrganizerRegionCode).ThenBy(p => p.Code)
            .Select(p => new { Plan = p, Allocated = p.Allocations.Sum(a => a.Batches) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => PlanViews.Summary(r.Plan, r.Allocated))];
    }
}

internal static class ListSpotCheckPlansEndpoint
{
    public static async Task<Ok<IReadOnlyList<SpotCheckPlanSummary>>> HandleAsync(
        int? year, string? region, ListSpotCheckPlansHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(year, region, cancellationToken));
}
