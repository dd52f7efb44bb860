using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Data;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ListObjections;

/// <summary>Objections in the caller's scope (a firm's account: its own): filter by status (open, upheld, rejected), target (listing, record), region (code or prefix), credit-code prefix, listing; paged.</summary>
internal sealed record ListObjectionsRequest(string? Status, string? Target, string? Region, string? Q, Guid? ListingId, int? Page, int? PageSize);

internal sealed record ListObjectionsResponse(int Total, int Page, int PageSize, IReadOnlyList<ObjectionView> Items);

internal sealed class ListObjectionsHandler(CreditDbContext db, TimeProvider clock)
{
    public async Task<Outcome<ListObjectionsResponse>> HandleAsync(ListObjectionsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var status = CaseQuery.Enum<ObjectionStatus>(errors, "status", request.Status);
        var target = CaseQuery.Enum<CreditTarget>(errors, "target", request.Target);
        var (page, size, range) = CaseQuery.PageAndRegion(errors, request.Page, request.PageSize, request.Region);
        if (!errors.IsEmpty)
        {
            return errors;
        }

        var query = db.Objections.AsNoTracking();
        if (range is { } area)
        {
            query = query.WhereBetween(o => o.RegionCode, area.RegionFrom, area.RegionTo);
        }

        if (request.Q?.Trim().ToUpperInvariant() is { Length: > 0 } prefix)
        {
            query = query.WhereStartsWith(o => o.EnterpriseCreditCode, prefix);
        }

        query = status is { } s ? query.Where(o => o.Status == s) : query;
        query = target is { } t ? query.Where(o => o.Target == t) : query;
        query = request.ListingId is { } listingId ? query.Where(o => o.ListingId == listingId) : query;
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(o => o.RaisedAt).ThenBy(o => o.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        return new ListObjectionsResponse(total, page, size, [.. rows.Select(o => ObjectionView.Of(o, today))]);
    }

    public async Task<Outcome<ObjectionView>> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var objection = await db.Objections.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        return objection is null ? Failure.NotFound(CreditText.Get("Objection.NotFound")) : ObjectionView.Of(objection, ChinaTime.Today(clock));
    }
}

internal static class ListObjectionsEndpoint
{
    public static async Task<Results<Ok<ListObjectionsResponse>, ProblemHttpResult>> ListAsync(
        [AsParameters] ListObjectionsRequest request, ListObjectionsHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }

    public static async Task<Results<Ok<ObjectionView>, ProblemHttpResult>> GetAsync(Guid id, ListObjectionsHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.GetAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
