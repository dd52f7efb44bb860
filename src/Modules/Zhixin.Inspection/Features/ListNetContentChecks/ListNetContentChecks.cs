using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Platform.Data;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.ListNetContentChecks;

/// <param name="Query">A firm's credit code or a lot number exactly, or part of the firm's or the product's name.</param>
internal sealed record ListNetContentChecksRequest(
    string? Query, Verdict? Verdict, string? RegionCode, int? Year, Guid? BatchId, int Page = 1, int PageSize = 50);

/// <summary>Net-content checks in the caller's scope, latest check first; an enterprise account sees its own.</summary>
internal sealed class ListNetContentChecksHandler(InspectionDbContext db)
{
    public const int MaxPageSize = 200;

    public async Task<Page<NetContentCheckSummary>> HandleAsync(ListNetContentChecksRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = db.NetContentChecks.AsNoTracking();
        if (request.Verdict is { } verdict)
        {
            query = query.Where(c => c.Verdict == verdict);
        }

        if (request.RegionCode is { Length: 6 } region)
        {
            var (from, to) = InspectionAccess.Range(region);
            query = query.WhereBetween(c => c.RegionCode, from, to);
        }

        if (request.Year is { } year and >= 1 and <= 9999)
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(c => c.CheckedOn >= first && c.CheckedOn <= last);
        }

        if (request.BatchId is { } batch)
        {
            query = query.Where(c => c.BatchId == batch);
        }

        if (request.Query?.Trim() is { Length: > 0 } text)
        {
            var upper = text.ToUpperInvariant();
            var pattern = QueryRanges.ContainsPattern(text);
            query = query.Where(c => c.EnterpriseCreditCode == upper || c.LotNumber == text
                || EF.Functions.Like(c.EnterpriseName, pattern, QueryRanges.LikeEscape)
                || EF.Functions.Like(c.ProductName, pattern, QueryRanges.LikeEscape));
        }

        var size = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, request.Page);
        var total = await query.LongCountAsync(cancellationToken);
        // Every column but the calculation, which is read only for one check at a time.
        var rows = await query.OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.CreatedAt)
            .Skip((page - 1) * size).Take(size)
            .Select(c => new NetContentCheck
            {
                Id = c.Id, EnterpriseCreditCode = c.EnterpriseCreditCode, EnterpriseName = c.EnterpriseName, RegionCode = c.RegionCode,
                ProductName = c.ProductName, LotNumber = c.LotNumber, BatchId = c.BatchId, CheckedOn = c.CheckedOn, Nominal = c.Nominal, Unit = c.Unit,
                LotSize = c.LotSize, Measurements = c.Measurements, Edition = c.Edition, Verdict = c.Verdict, Calculation = "", CreatedAt = c.CreatedAt,
                CreatedBy = c.CreatedBy,
            })
            .ToListAsync(cancellationToken);
        return new Page<NetContentCheckSummary>([.. rows.Select(NetContentViews.Summary)], page, size, total);
    }
}

internal static class ListNetContentChecksEndpoint
{
    public static async Task<Ok<Page<NetContentCheckSummary>>> HandleAsync(
        string? q, Verdict? verdict, string? region, int? year, Guid? batch, int? page, int? pageSize,
        ListNetContentChecksHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ListNetContentChecksRequest(q, verdict, region, year, batch, page ?? 1, pageSize ?? 50), cancellationToken));
}
