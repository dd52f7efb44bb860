using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;

namespace Zhixin.Credit.Sharing;

/// <summary>One grant as a read is checked against it.</summary>
internal sealed record GrantScope(Guid Id, string DepartmentCode, string RegionCode, IReadOnlySet<string> Scopes)
{
    public bool Covers(string regionCode) => RegionScope.ForRegion(Platform.Codes.RegionCode.Parse(RegionCode).Value).Includes(regionCode);
}

/// <summary>
/// What the calling department may read: by token, the one grant of the token; signed in as a department user, every
/// grant of the department in force. A firm is in scope when a grant's region holds it; the data open for it are the
/// scopes of the grants that hold it.
/// </summary>
internal sealed record SharingAccess(string DepartmentCode, Guid? TokenGrantId, IReadOnlyList<GrantScope> Grants)
{
    public IReadOnlySet<string> ScopesFor(string regionCode) =>
        Grants.Where(g => g.Covers(regionCode)).SelectMany(g => g.Scopes).ToHashSet(StringComparer.Ordinal);

    public Guid? GrantFor(string regionCode, string scope) =>
        TokenGrantId ?? Grants.FirstOrDefault(g => g.Covers(regionCode) && g.Scopes.Contains(scope))?.Id;

    /// <summary>The audit's detail: which department, through which token or grants.</summary>
    public string Describe() => TokenGrantId is { } token
        ? $"department={DepartmentCode}; token={token:D}"
        : $"department={DepartmentCode}; grants={string.Join(",", Grants.Select(g => g.Id.ToString("D")))}";

    public static async Task<SharingAccess?> ForAsync(CreditDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var caller = db.Caller;
        var today = ChinaTime.Today(clock);
        var query = db.SharingGrants.AsNoTracking().Where(g => g.RevokedAt == null && g.ExpiresOn >= today);
        Guid? token = null;
        if (caller.Id.StartsWith("token:", StringComparison.Ordinal) && Guid.TryParse(caller.Id["token:".Length..], out var id))
        {
            token = id;
            query = query.Where(g => g.Id == id);
        }
        else if (caller.IsInRole(Roles.DepartmentUser) && caller.DepartmentCode is { } department)
        {
            query = query.Where(g => g.DepartmentCode == department);
        }
        else
        {
            return null;
        }

        var grants = await query.ToListAsync(cancellationToken);
        if (grants.Count == 0 && token is not null)
        {
            return null;
        }

        return new SharingAccess(
            grants.FirstOrDefault()?.DepartmentCode ?? caller.DepartmentCode ?? "",
            token,
            [.. grants.Select(Scope)]);
    }

    private static GrantScope Scope(SharingGrant grant) =>
        new(grant.Id, grant.DepartmentCode, grant.RegionCode, grant.ScopeList.ToHashSet(StringComparer.Ordinal));
}
