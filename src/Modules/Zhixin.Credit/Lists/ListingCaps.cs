using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Scoring;

namespace Zhixin.Credit.Lists;

/// <summary>A firm's decided listings that cap its grade, as the scorer reads them; the scorer keeps those in force on its day.</summary>
internal static class ListingCaps
{
    public static async Task<List<ListingCap>> ForFirmAsync(CreditDbContext db, string creditCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var listings = await db.Listings.AsNoTracking()
            .Where(l => l.EnterpriseCreditCode == creditCode && l.Status == ListingStatus.Listed && l.GradeAtBest != null)
            .ToListAsync(cancellationToken);
        return [.. listings.Select(Of)];
    }

    public static ListingCap Of(CreditListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return new ListingCap(listing.Id, listing.Kind, ListRules.Current.For(listing.Kind).Name, listing.DecisionNumber,
            listing.ListedFrom!.Value, listing.ListedUntil!.Value, listing.GradeAtBest!.Value);
    }
}
