using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Platform.Data;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ManageSharingGrants;

internal sealed record ListSharingGrantsResponse(IReadOnlyList<SharingGrantView> Items, int Total, int Page, int PageSize);

internal sealed record RevokeSharingGrantRequest(string? Reason);

/// <summary>
/// The grants a regulator answers for: those whose region lies in the caller's (another county's grants are absent or
/// 404). Filters: department code, status today (active, expired, revoked); paged, newest first.
/// </summary>
internal sealed class ListSharingGrantsHandler(CreditDbContext db, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public async Task<Outcome<ListSharingGrantsResponse>> ListAsync(string? department, string? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (status is not (null or "" or "active" or "expired" or "revoked"))
        {
            errors.Add("status", CreditText.Format("Sharing.UnknownStatus", status));
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", CreditText.Format("Sharing.PageSize", MaxPageSize));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var today = ChinaTime.Today(clock);
        var query = Visible();
        if (!string.IsNullOrWhiteSpace(department))
        {
            query = query.Where(g => g.DepartmentCode == department.Trim());
        }

        query = status switch
        {
            "active" => query.Where(g => g.RevokedAt == null && g.ExpiresOn >= today),
            "expired" => query.Where(g => g.RevokedAt == null && g.ExpiresOn < today),
            "revoked" => query.Where(g => g.RevokedAt != null),
            _ => query,
        };
        page = Math.Max(page, 1);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(g => g.IssuedAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new ListSharingGrantsResponse([.. items.Select(g => SharingGrantView.Of(g, today))], total, page, pageSize);
    }

    /// <summary>One grant the caller answers for; another region's is not found.</summary>
    public async Task<Outcome<SharingGrantView>> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var grant = await Visible().SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        return grant is null ? Failure.NotFound(CreditText.Get("Sharing.GrantNotFound")) : SharingGrantView.Of(grant, ChinaTime.Today(clock));
    }

    public async Task<Outcome<SharingGrantView>> RevokeAsync(Guid id, RevokeSharingGrantRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var grant = await Visible(tracked: true).SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (grant is null)
        {
            return Failure.NotFound(CreditText.Get("Sharing.GrantNotFound"));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return new FieldErrors().Add("reason", CreditText.Get("Sharing.RevokeReasonRequired"));
        }

        if (grant.RevokedAt is not null)
        {
            return Failure.Conflict("credit.sharing-revoke-once", CreditText.Get("Sharing.RevokedOnce"));
        }

        grant.RevokedAt = clock.GetUtcNow();
        grant.RevokedBy = db.Caller.Name;
        grant.RevokeReason = request.Reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return SharingGrantView.Of(grant, ChinaTime.Today(clock));
    }

    /// <summary>Grants are not region-scoped rows (a token is looked up before anyone is known), so the issuer's region is applied here.</summary>
    private IQueryable<SharingGrant> Visible(bool tracked = false)
    {
        var scope = IssueSharingGrantHandler.IssuerScope(db.Caller) ?? RegionScope.Nothing;
        var grants = tracked ? db.SharingGrants.AsQueryable() : db.SharingGrants.AsNoTracking();
        return grants.WhereBetween(g => g.RegionCode, scope.RegionFrom, scope.RegionTo);
    }
}

internal static class ListSharingGrantsEndpoint
{
    public static async Task<Results<Ok<ListSharingGrantsResponse>, ProblemHttpResult>> ListAsync(
        ListSharingGrantsHandler handler, CancellationToken cancellationToken,
        string? department = null, string? status = null, int page = 1, int pageSize = 50)
    {
        var outcome = await handler.ListAsync(department, status, page, pageSize, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }

    public static async Task<Results<Ok<SharingGrantView>, ProblemHttpResult>> GetAsync(
        Guid id, ListSharingGrantsHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.GetAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }

    public static async Task<Results<Ok<SharingGrantView>, ProblemHttpResult>> RevokeAsync(
        Guid id, RevokeSharingGrantRequest request, ListSharingGrantsHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.RevokeAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
