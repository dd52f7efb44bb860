using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ListListings;

/// <summary>Listings in the caller's scope: filter by kind (red, black), status today (proposed, noticed, listed, expired, removedEarly, revoked), region (code or prefix), credit-code prefix or the start of the firm's name; paged.</summary>
internal sealed record ListListingsRequest(string? Kind, string? Status, string? Region, string? Q, int? Page, int? PageSize);

/// <summary>A page of listings, with the count of each kind and status today among those the region and code filters match.</summary>
internal sealed record ListListingsResponse(int Total, int Page, int PageSize, IReadOnlyList<ListingView> Items, IReadOnlyList<ListingCount> Counts);

/// <summary>How many listings of one kind are at one status today.</summary>
internal sealed record ListingCount(string Kind, string Status, int Count);

internal sealed class ListListingsHandler(CreditDbContext db, TimeProvider clock)
{
    public const int MaxPageSize = CaseQuery.MaxPageSize;

    public async Task<Outcome<ListListingsResponse>> HandleAsync(ListListingsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        CreditListKind? kind = null;
        if (!string.IsNullOrWhiteSpace(request.Kind) && (kind = ListLabels.ParseKind(request.Kind)) is null)
        {
            errors.Add("kind", CreditText.Format("Listing.KindUnknown", request.Kind.Trim()));
        }

        ListingStatus? status = null;
        if (!string.IsNullOrWhiteSpace(request.Status) && (status = ListLabels.ParseStatus(request.Status)) is null)
        {
            errors.Add("status", CreditText.Format("Listing.StatusUnknown", request.Status.Trim()));
        }

        var (page, size, range) = CaseQuery.PageAndRegion(errors, request.Page, request.PageSize, request.Region);
        if (!errors.IsEmpty)
        {
            return errors;
        }

        var today = ChinaTime.Today(clock);
        var query = ListingAccess.Visible(db).AsNoTracking().OfFirms(range, request.Q);
        var grouped = await query.GroupBy(l => new { l.Kind, l.Status, Ended = l.Status == ListingStatus.Listed && l.ListedUntil < today })
            .Select(g => new { g.Key.Kind, g.Key.Status, g.Key.Ended, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var counts = grouped
            .GroupBy(g => (g.Kind, Status: g.Ended ? ListingStatus.Expired : g.Status))
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Status)
            .Select(g => new ListingCount(ListLabels.KindCode(g.Key.Kind), ListLabels.StatusCode(g.Key.Status), g.Sum(c => c.Count)))
            .ToList();

        if (kind is { } wantedKind)
        {
            query = query.Where(l => l.Kind == wantedKind);
        }

        // Expiry is read from the dates, as CreditListing.StatusOn does.
        query = status switch
        {
            null => query,
            ListingStatus.Listed => query.Where(l => l.Status == ListingStatus.Listed && l.ListedUntil >= today),
            ListingStatus.Expired => query.Where(l => l.Status == ListingStatus.Listed && l.ListedUntil < today),
            { } other => query.Where(l => l.Status == other),
        };

        var found = await query.PageAsync(l => l.ProposedAt, page, size, cancellationToken);
        return new ListListingsResponse(found.Total, page, size, [.. found.Rows.Select(l => ListingView.Of(l, today))], counts);
    }
}

/// <summary>One listing in the caller's scope with its whole history.</summary>
internal sealed class GetListingHandler(CreditDbContext db, TimeProvider clock)
{
    public async Task<Outcome<ListingView>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var listing = await ListingAccess.Visible(db).AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        return listing is null ? Failure.NotFound(CreditText.Get("Listing.NotFound")) : ListingView.Of(listing, ChinaTime.Today(clock));
    }
}

internal static class ListListingsEndpoint
{
    public static async Task<Results<Ok<ListListingsResponse>, ProblemHttpResult>> ListAsync(
        [AsParameters] ListListingsRequest request, ListListingsHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }

    public static async Task<Results<Ok<ListingView>, ProblemHttpResult>> GetAsync(Guid id, GetListingHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
