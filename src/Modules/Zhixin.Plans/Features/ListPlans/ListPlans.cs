using Zhixin.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Regions;
using Zhixin.Plans.Data;

namespace Zhixin.Plans.Features.ListPlans;

/// <summary>Every imported plan, newest first: plans are published documents, so every official sees them all.</summary>
internal sealed class ListPlansHandler(PlansDbContext db)
{
    public async Task<IReadOnlyList<PlanSummary>> HandleAsync(CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking()
            .OrderByDescending(p => p.IssuedOn).ThenBy(p => p.Title)
            .Select(p => new
            {
                p.Id, p.Title, p.DocumentNumber, p.Issuer, p.IssuedOn, p.RegionCode, p.ImportedAt,
                Sections = p.Sections.Count,
                Tasks = p.Tasks.Count,
            })
            .ToListAsync(cancellationToken);
        return [.. plans.Select(p => new PlanSummary(
            p.Id, p.Title, p.DocumentNumber, p.Issuer, p.IssuedOn, p.RegionCode, RegionName(p.RegionCode), p.Sections, p.Tasks, p.ImportedAt))];
    }

    public static string RegionName(string code) =>
        code == "000000" ? PlansText.Get("Region.National") : RegionTable.Default.Find(code)?.FullName ?? code;
}

internal static class ListPlansEndpoint
{
    public static async Task<Ok<IReadOnlyList<PlanSummary>>> HandleAsync(ListPlansHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));
}
