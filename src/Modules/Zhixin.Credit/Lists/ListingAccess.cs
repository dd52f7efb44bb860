using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features;

namespace Zhixin.Credit.Lists;

/// <summary>Which listings a caller sees besides the region scope: a proposal not yet served is the regulator's working paper.</summary>
internal static class ListingAccess
{
    public static IQueryable<CreditListing> Visible(CreditDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var listings = db.Listings.AsQueryable();
        return CreditAccess.MaySeeRiskClass(db.Caller) ? listings : listings.Where(l => l.Status != ListingStatus.Proposed);
    }

    /// <summary>A listing in the caller's scope, tracked for a change; null when there is none.</summary>
    public static Task<CreditListing?> FindAsync(CreditDbContext db, Guid id, CancellationToken cancellationToken) =>
        Visible(db).SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
}
