using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Data;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ListListings;

/// <summary>Listings in the caller's scope: filter by kind (red, black), status today (proposed, noticed, listed, expired, removedEarly, revoked), region (code or prefix), credit-code prefix; paged.</summary>
internal sealed record ListListingsRequest(string? Kind, string? Status, string? Region, string? Q, int? Page, int? PageSize);

internal sealed record ListListingsResponse(int Total, int Page, int PageSize, IReadOnlyList<ListingView> Items);

internal sealed class ListListingsHandler(CreditDbContext db, TimeProvider clock)
{
    public const int MaxPageSize = 200;

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

        var page = request.Page ?? 1;
        var size = request.PageSize ?? 50;
        if (page < 1)
        {
            errors.Add("page", CreditText.Get("List.PageInvalid"));
        }

        if (size is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", CreditText.Format("List.PageSizeInvalid", MaxPageSize));
        }

        var regionText = request.Region?.Trim() is { Length: 2 or 4 } prefixText && prefixText.All(char.IsAsciiDigit)
            ? prefixText.PadRight(6, '0')
            : request.Region?.Trim();
        var region = string.IsNullOrEmpty(regionText) || regionText == "000000" ? null : errors.Check("region", RegionCode.Parse(regionText));
        if (!errors.IsEmpty)
        {
            return errors;
        }

        var today = ChinaTime.Today(clock);
        var query = ListingAccess.Visible(db).AsNoTracking();
        if (region is { } area)
        {
            var range = RegionScope.ForRegion(area);
            query = query.WhereBetween(l => l.RegionCode, range.RegionFrom, range.RegionTo);
        }

        if (request.Q?.Trim().ToUpperInvariant() is { Length: > 0 } prefix)
        {
            query = query.WhereStartsWith(l => l.EnterpriseCreditCode, prefix);
        }

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

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(l => l.ProposedAt).ThenBy(l => l.Id)
            .Skip((page - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        return new ListListingsResponse(total, page, size, [.. rows.Select(l => ListingView.Of(l, today))]);
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
