using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ListObjections;

/// <summary>Objections in the caller's scope (a firm's account: its own): filter by status (open, upheld, rejected, or decided for both outcomes), target (listing, record), region (code or prefix), credit-code prefix, listing, overdue (open past the review deadline); paged.</summary>
internal sealed record ListObjectionsRequest(string? Status, string? Target, string? Region, string? Q, Guid? ListingId, int? Page, int? PageSize, bool? Overdue = null);

/// <summary>A page of the queue, with the count of each status and of the overdue ones under the other filters.</summary>
internal sealed record ListObjectionsResponse(int Total, int Page, int PageSize, IReadOnlyList<ObjectionView> Items, IReadOnlyDictionary<string, int> ByStatus, int Overdue);

internal sealed class ListObjectionsHandler(CreditDbContext db, TimeProvider clock)
{
    private static readonly CaseTable<CreditObjection, ObjectionStatus> Table = new(o => o.Status, ObjectionStatus.Open, o => o.RaisedAt, o => o.ReviewDueOn);

    public async Task<Outcome<ListObjectionsResponse>> HandleAsync(ListObjectionsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = ChinaTime.Today(clock);
        var found = await CaseQuery.ListAsync(db.Objections.AsNoTracking(), Table,
            new CaseFilter(request.Status, request.Target, request.Region, request.Q, request.ListingId, request.Page, request.PageSize, request.Overdue, today),
            cancellationToken);
        return found.Map(q => new ListObjectionsResponse(q.Found.Total, q.Found.Page, q.Found.PageSize, [.. q.Found.Rows.Select(o => ObjectionView.Of(o, today))], q.ByStatus, q.Overdue));
    }

    public async Task<Outcome<ObjectionView>> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var objection = await CaseQuery.FindAsync(db.Objections, id, cancellationToken);
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
