using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Platform.Data;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.ListBatches;

internal sealed record ListBatchesRequest(
    Guid? PlanId, string? ProductCode, string? RegionCode, Verdict? Verdict, bool? Pending, int? Year, string? Query, int Page = 1, int PageSize = 50);

/// <summary>Batches in the caller's scope, newest sampling first, with filters; an enterprise account sees its own.</summary>
internal sealed class ListBatchesHandler(InspectionDbContext db)
{
    public const int MaxPageSize = 200;

    public async Task<Page<BatchSummary>> HandleAsync(ListBatchesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = db.Batches.AsNoTracking();
        if (request.PlanId is { } plan)
        {
            query = query.Where(b => b.PlanId == plan);
        }

        if (request.ProductCode is { Length: > 0 } product)
        {
            query = query.Where(b => b.ProductCode == product);
        }

        if (request.RegionCode is { Length: 6 } region)
        {
            var (from, to) = InspectionAccess.Range(region);
            query = query.WhereBetween(b => b.RegionCode, from, to);
        }

        if (request.Verdict is { } verdict)
        {
            query = query.Where(b => b.Verdict == verdict);
        }

        if (request.Pending == true)
        {
            query = query.Where(b => b.Verdict == null);
        }

        if (request.Year is { } year)
        {
            query = query.Where(b => b.SampleYear == year);
        }

        if (request.Query?.Trim() is { Length: > 0 } text)
        {
            var upper = text.ToUpperInvariant();
            query = query.Where(b => b.EnterpriseCreditCode == upper || b.SamplingNumber == text || b.LotNumber == text
                || EF.Functions.Like(b.EnterpriseName, QueryRanges.ContainsPattern(text), QueryRanges.LikeEscape));
        }

        var size = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, request.Page);
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderByDescending(b => b.SampledOn).ThenBy(b => b.SamplingNumber)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new Page<BatchSummary>([.. rows.Select(BatchViews.Summary)], page, size, total);
    }
}

internal static class ListBatchesEndpoint
{
    public static async Task<Ok<Page<BatchSummary>>> HandleAsync(
        Guid? plan, string? product, string? region, Verdict? verdict, bool? pending, int? year, string? q, int? page, int? pageSize,
        ListBatchesHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(
            new ListBatchesRequest(plan, product, region, verdict, pending, year, q, page ?? 1, pageSize ?? 50), cancellationToken));
}
