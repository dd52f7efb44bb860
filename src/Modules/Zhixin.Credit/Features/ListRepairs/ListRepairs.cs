using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ListRepairs;

/// <summary>Repair applications (信用修复申请) in the caller's scope (a firm's account: its own): filter by status (pending, approved, rejected, or decided for both outcomes), target (listing, record), region (code or prefix), credit-code prefix, listing, overdue (pending past the decision deadline); paged.</summary>
internal sealed record ListRepairsRequest(string? Status, string? Target, string? Region, string? Q, Guid? ListingId, int? Page, int? PageSize, bool? Overdue = null);

/// <summary>A page of the queue, with the count of each status and of the overdue ones under the other filters.</summary>
internal sealed record ListRepairsResponse(int Total, int Page, int PageSize, IReadOnlyList<RepairView> Items, IReadOnlyDictionary<string, int> ByStatus, int Overdue);

internal sealed class ListRepairsHandler(CreditDbContext db, TimeProvider clock)
{
    private static readonly CaseTable<CreditRepair, RepairStatus> Table = new(r => r.Status, RepairStatus.Pending, r => r.AppliedAt, r => r.DecisionDueOn);

    public async Task<Outcome<ListRepairsResponse>> HandleAsync(ListRepairsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = ChinaTime.Today(clock);
        var found = await CaseQuery.ListAsync(db.Repairs.AsNoTracking(), Table,
            new CaseFilter(request.Status, request.Target, request.Region, request.Q, request.ListingId, request.Page, request.PageSize, request.Overdue, today),
            cancellationToken);
        return found.Map(q => new ListRepairsResponse(q.Found.Total, q.Found.Page, q.Found.PageSize, [.. q.Found.Rows.Select(r => RepairView.Of(r, today))], q.ByStatus, q.Overdue));
    }

    public async Task<Outcome<RepairView>> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var repair = await CaseQuery.FindAsync(db.Repairs, id, cancellationToken);
        if (repair is null)
        {
            return Failure.NotFound(CreditText.Get("Repair.NotFound"));
        }

        var today = ChinaTime.Today(clock);
        var view = RepairView.Of(repair, today);
        return repair.Status == RepairStatus.Pending ? view with { Checks = await RepairConditions.CheckPendingAsync(db, repair, today, cancellationToken) } : view;
    }
}

internal static class ListRepairsEndpoint
{
    public static async Task<Results<Ok<ListRepairsResponse>, ProblemHttpResult>> ListAsync(
        [AsParameters] ListRepairsRequest request, ListRepairsHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }

    public static async Task<Results<Ok<RepairView>, ProblemHttpResult>> GetAsync(Guid id, ListRepairsHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.GetAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
