using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Platform.Data;

namespace Zhixin.Inspection.Features.ListPublicResults;

internal sealed record ListPublicResultsRequest(string? ProductCode, string? Region, Verdict? Verdict, int? Year, string? Firm, int Page = 1, int PageSize = 50);

/// <summary>
/// One published result as the public reads it (抽查结果公示): the firm, the product and lot, the verdict with the
/// failing items, and the authority that organised the spot check. Who sampled, the seals, the lab's people and
/// any note stay internal.
/// </summary>
internal sealed record PublicBatchView(
    string EnterpriseName,
    string EnterpriseCreditCode,
    string ProductCode,
    string ProductName,
    string LotNumber,
    string? Specification,
    DateOnly SampledOn,
    Verdict Verdict,
    string? FailedItems,
    string RegionCode,
    string RegionName,
    string OrganizerRegionCode,
    string Organizer,
    DateOnly PublishedOn);

/// <summary>A page of published results, with the passed and failed counts of the whole filter (for the chart).</summary>
internal sealed record PublicResultsPage(IReadOnlyList<PublicBatchView> Items, int PageNumber, int PageSize, long Total, long Passed, long Failed)
{
    public int PageCount => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The public list of published spot-check results, across every region. The module's context shows a caller only
/// its own regions, and the anonymous public none, so this query lifts the region filter (and nothing else: voided
/// batches stay hidden) and always requires a publication; it reads only the public columns.
/// </summary>
internal sealed class ListPublicResultsHandler(InspectionDbContext db)
{
    public const int MaxPageSize = 100;

    public async Task<PublicResultsPage> HandleAsync(ListPublicResultsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = db.Batches.AsNoTracking().IgnoreQueryFilters([ScopedDbContext.RegionScopeFilter])
            .Where(b => b.PublishedAt != null && b.Verdict != null);
        if (request.ProductCode?.Trim() is { Length: > 0 } product)
        {
            query = query.Where(b => b.ProductCode == product);
        }

        if (request.Region?.Trim() is { Length: > 0 } region)
        {
            // A full code names an area (350200: the city and its counties); a shorter one is a code prefix (3502).
            if (region.Length == 6)
            {
                var (from, to) = InspectionAccess.Range(region);
                query = query.WhereBetween(b => b.RegionCode, from, to);
            }
            else
            {
                query = query.WhereStartsWith(b => b.RegionCode, region);
            }
        }

        if (request.Verdict is { } verdict)
        {
            query = query.Where(b => b.Verdict == verdict);
        }

        if (request.Year is { } year)
        {
            query = query.Where(b => b.SampleYear == year);
        }

        if (request.Firm?.Trim() is { Length: > 0 } firm)
        {
            var code = firm.ToUpperInvariant();
            query = query.Where(b => b.EnterpriseCreditCode == code || EF.Functions.Like(b.EnterpriseName, QueryRanges.ContainsPattern(firm), QueryRanges.LikeEscape));
        }

        var counts = await query.GroupBy(b => b.Verdict).Select(g => new { Verdict = g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var passed = counts.Where(c => c.Verdict == Verdict.Pass).Sum(c => c.Count);
        var failed = counts.Where(c => c.Verdict == Verdict.Fail).Sum(c => c.Count);
        var size = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, request.Page);
        var rows = await query.OrderByDescending(b => b.PublishedAt).ThenByDescending(b => b.SampledOn).ThenBy(b => b.SamplingNumber)
            .Skip((page - 1) * size).Take(size)
            .Select(b => new
            {
                b.PlanId, b.EnterpriseName, b.EnterpriseCreditCode, b.ProductCode, b.ProductName, b.LotNumber, b.Specification, b.SampledOn,
                Verdict = b.Verdict!.Value, b.FailedItems, b.RegionCode, PublishedAt = b.PublishedAt!.Value,
            })
            .ToListAsync(cancellationToken);
        var planIds = rows.Select(r => r.PlanId).Distinct().ToList();
        // A plan voided after its results were published still names the authority that organised it.
        var organizers = await db.Plans.AsNoTracking().IgnoreQueryFilters([ScopedDbContext.VoidedFilter])
            .Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OrganizerRegionCode, cancellationToken);
        var items = rows.Select(r =>
        {
            var organizer = organizers.GetValueOrDefault(r.PlanId, r.RegionCode);
            return new PublicBatchView(
                r.EnterpriseName, r.EnterpriseCreditCode, r.ProductCode, r.ProductName, r.LotNumber, r.Specification, r.SampledOn, r.Verdict, r.FailedItems,
                r.RegionCode, InspectionAccess.RegionName(r.RegionCode), organizer, Authority(organizer), BatchFollowUp.ChinaDay(r.PublishedAt));
        }).ToList();
        return new PublicResultsPage(items, page, size, passed + failed, passed, failed);
    }

    /// <summary>The products that have published results, for the public page's filter.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> ProductsAsync(CancellationToken cancellationToken)
    {
        var products = await db.Batches.AsNoTracking().IgnoreQueryFilters([ScopedDbContext.RegionScopeFilter])
            .Where(b => b.PublishedAt != null && b.Verdict != null)
            .Select(b => new { b.ProductCode, b.ProductName }).Distinct()
            .ToListAsync(cancellationToken);
        // Editions may name one code slightly differently; the filter lists each code once.
        return [.. products.GroupBy(p => p.ProductCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Min(p => p.ProductName)!))];
    }

    /// <summary>The market regulation authority of a region, as a public notice names it.</summary>
    public static string Authority(string regionCode) =>
        regionCode == "000000" ? InspectionText.Get("Public.NationalAuthority") : InspectionText.Format("Public.Authority", InspectionAccess.RegionName(regionCode));
}

internal static class ListPublicResultsEndpoint
{
    public static async Task<Ok<PublicResultsPage>> HandleAsync(
        string? product, string? region, Verdict? verdict, int? year, string? firm, int? page, int? pageSize,
        ListPublicResultsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ListPublicResultsRequest(product, region, verdict, year, firm, page ?? 1, pageSize ?? 50), cancellationToken));
}
