using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Platform.Identity.ApiClients;
using Zhixin.Platform.Pages.Support;

namespace Zhixin.Credit.Sharing;

/// <summary>The sharing grants behind the platform's department API client scheme: a token works from issue to its expiry day, until revoked.</summary>
internal sealed class CreditApiClientResolver(CreditDbContext db, TimeProvider clock) : IApiClientResolver
{
    public async Task<ApiClientLookup> FindAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var grant = await db.SharingGrants.AsNoTracking().SingleOrDefaultAsync(g => g.TokenHash == tokenHash, cancellationToken);
        if (grant is null)
        {
            return ApiClientLookup.Rejected(ApiClientRejection.Unknown);
        }

        if (grant.RevokedAt is not null)
        {
            return ApiClientLookup.Rejected(ApiClientRejection.Revoked);
        }

        if (grant.ExpiresOn < ChinaTime.Today(clock))
        {
            return ApiClientLookup.Rejected(ApiClientRejection.Expired);
        }

        return ApiClientLookup.Found(new ApiClientIdentity(grant.Id, grant.DepartmentCode, grant.DepartmentName, grant.RegionCode, grant.TokenHint));
    }
}
