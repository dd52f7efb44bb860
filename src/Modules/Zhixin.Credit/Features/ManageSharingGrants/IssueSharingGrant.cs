using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Sharing;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Departments;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Identity.ApiClients;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ManageSharingGrants;

internal sealed record IssueSharingGrantRequest(string? DepartmentCode, string? RegionCode, IReadOnlyList<string>? Scopes, DateOnly? ExpiresOn, string? Purpose);

/// <summary>A grant as lists show it; the token itself never again after the issue.</summary>
internal sealed record SharingGrantView(
    Guid Id, string DepartmentCode, string DepartmentName, string RegionCode, IReadOnlyList<string> Scopes, string Purpose,
    DateOnly ExpiresOn, string TokenHint, DateTimeOffset IssuedAt, string IssuedBy, DateTimeOffset? RevokedAt, string? RevokedBy,
    string? RevokeReason, string Status)
{
    public static SharingGrantView Of(SharingGrant grant, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var status = grant.RevokedAt is not null ? "revoked" : grant.ExpiresOn < today ? "expired" : "active";
        return new SharingGrantView(
            grant.Id, grant.DepartmentCode, grant.DepartmentName, grant.RegionCode, grant.ScopeList, grant.Purpose, grant.ExpiresOn,
            grant.TokenHint, grant.IssuedAt, grant.IssuedBy, grant.RevokedAt, grant.RevokedBy, grant.RevokeReason, status);
    }
}

/// <summary>The new grant and its bearer token, shown this once.</summary>
internal sealed record IssueSharingGrantResponse(SharingGrantView Grant, string Token);

/// <summary>
/// Issues another department a grant: the firms of a region the issuer holds (its own or one below), the data it names,
/// until a day within three years. The risk class is never grantable.
/// </summary>
internal sealed class IssueSharingGrantHandler(CreditDbContext db, IDepartmentDirectory departments, TimeProvider clock)
{
    public const int MaxYears = 3;

    public async Task<Outcome<IssueSharingGrantResponse>> HandleAsync(IssueSharingGrantRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var issuerScope = IssuerScope(db.Caller);
        if (issuerScope is null)
        {
            return Failure.Forbidden(CreditText.Get("Sharing.IssuerWithoutRegion"));
        }

        var errors = new FieldErrors();
        var today = ChinaTime.Today(clock);
        var department = string.IsNullOrWhiteSpace(request.DepartmentCode)
            ? null
            : (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == request.DepartmentCode.Trim() && !d.IsGeneric);
        if (department is null)
        {
            errors.Add("departmentCode", CreditText.Format("Sharing.UnknownDepartment", request.DepartmentCode ?? ""));
        }

        var region = errors.Check("regionCode", RegionCode.Parse(request.RegionCode?.Trim()));
        if (region is { } r && !(issuerScope.Includes(r.Value) && string.CompareOrdinal(RegionScope.ForRegion(r).RegionTo, issuerScope.RegionTo) <= 0))
        {
            errors.Add("regionCode", CreditText.Format("Sharing.RegionWiderThanIssuer", r.Value));
        }

        var scopes = (request.Scopes ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (scopes.Count == 0)
        {
            errors.Add("scopes", CreditText.Get("Sharing.ScopesRequired"));
        }

        foreach (var scope in scopes.Where(s => !SharingScopes.Grantable.Contains(s)))
        {
            errors.Add("scopes", scope == SharingScopes.RiskClass
                ? CreditText.Get("Sharing.RiskClassNeverShared")
                : CreditText.Format("Sharing.UnknownScope", scope, string.Join("、", SharingScopes.Grantable)));
        }

        if (request.ExpiresOn is not { } expires)
        {
            errors.Add("expiresOn", CreditText.Get("Sharing.ExpiryRequired"));
        }
        else if (expires < today || expires > today.AddYears(MaxYears))
        {
            errors.Add("expiresOn", CreditText.Format("Sharing.ExpiryRange", ChinaTime.Format(today), ChinaTime.Format(today.AddYears(MaxYears))));
        }

        if (string.IsNullOrWhiteSpace(request.Purpose))
        {
            errors.Add("purpose", CreditText.Get("Sharing.PurposeRequired"));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var token = ApiClientTokens.Create();
        var now = clock.GetUtcNow();
        var grant = new SharingGrant
        {
            Id = Guid.CreateVersion7(now),
            DepartmentCode = department!.Code,
            DepartmentName = department.Name,
            RegionCode = region!.Value.Value,
            Scopes = string.Join(",", scopes),
            Purpose = request.Purpose!.Trim(),
            ExpiresOn = request.ExpiresOn!.Value,
            TokenHash = ApiClientTokens.Hash(token),
            TokenHint = ApiClientTokens.Hint(token),
            IssuedAt = now,
            IssuedBy = db.Caller.Name,
            IssuerRegionCode = db.Caller.RegionCode ?? region.Value.Value,
        };
        db.SharingGrants.Add(grant);
        await db.SaveChangesAsync(cancellationToken);
        return new IssueSharingGrantResponse(SharingGrantView.Of(grant, today), token);
    }

    /// <summary>A regulator grants within its region; the security administrator within the region of its account.</summary>
    public static RegionScope? IssuerScope(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.IsInRole(Roles.Regulator))
        {
            return caller.Scope == RegionScope.Nothing ? null : caller.Scope;
        }

        return caller.IsInRole(Roles.SecurityAdministrator) && RegionCode.Parse(caller.RegionCode) is { IsValid: true } own
            ? RegionScope.ForRegion(own.Value)
            : null;
    }
}

internal static class IssueSharingGrantEndpoint
{
    public static async Task<Results<Created<IssueSharingGrantResponse>, ProblemHttpResult>> HandleAsync(
        IssueSharingGrantRequest request, IssueSharingGrantHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess
            ? TypedResults.Created(CreditRoutes.ApiSharingGrant(outcome.Value!.Grant.Id), outcome.Value)
            : outcome.ToProblem();
    }
}
