using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Lists;
using Zhixin.Credit.Scoring;
using Zhixin.Register.Contracts;

namespace Zhixin.Credit.Features.Rescore;

/// <summary>What the scorer reads of one firm: its records (not voided), the listings that cap its grade, and its region.</summary>
internal sealed record FirmFile(string CreditCode, string RegionCode, List<ScoredRecord> Records, List<ListingCap> Listings);

/// <summary>
/// Reads the files of many firms with one query per table instead of one per firm, for the full rescoring. Must be
/// called inside the transaction that holds the firms' locks.
/// </summary>
internal static class FirmFiles
{
    public static async Task<Dictionary<string, FirmFile>> LoadAsync(
        CreditDbContext db, IEnterpriseDirectory directory, IReadOnlyList<string> creditCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(creditCodes);
        var records = await db.Records.AsNoTracking()
            .Where(r => creditCodes.Contains(r.EnterpriseCreditCode))
            .Select(r => new { r.EnterpriseCreditCode, r.RegionCode, r.CreatedAt, Scored = new ScoredRecord(r.Id, r.Kind, r.Severity, r.OccurredOn, r.Title, r.RepairedOn) })
            .ToListAsync(cancellationToken);
        var listings = await db.Listings.AsNoTracking()
            .Where(l => creditCodes.Contains(l.EnterpriseCreditCode) && l.Status == ListingStatus.Listed && l.GradeAtBest != null)
            .ToListAsync(cancellationToken);
        var registered = await directory.FindAsync(creditCodes, cancellationToken);
        var recordsByFirm = records.ToLookup(r => r.EnterpriseCreditCode, StringComparer.Ordinal);
        var listingsByFirm = listings.ToLookup(l => l.EnterpriseCreditCode, StringComparer.Ordinal);
        var files = new Dictionary<string, FirmFile>(creditCodes.Count, StringComparer.Ordinal);
        foreach (var code in creditCodes)
        {
            var own = recordsByFirm[code];
            // The same rule as one firm's scoring: the register's region now, else the region of the latest record.
            var region = registered.TryGetValue(code, out var enterprise)
                ? enterprise.RegionCode
                : own.MaxBy(r => r.CreatedAt)?.RegionCode ?? "000000";
            files[code] = new FirmFile(code, region, [.. own.Select(r => r.Scored)], [.. listingsByFirm[code].Select(ListingCaps.Of)]);
        }

        return files;
    }
}
