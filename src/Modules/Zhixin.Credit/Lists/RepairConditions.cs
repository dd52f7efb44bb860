using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Lists;

/// <summary>What the firm states in its repair application (信用修复申请).</summary>
internal sealed record RepairStatements(bool PenaltyFulfilled, bool RestrictionsEnded, bool HarmRemedied);

/// <summary>
/// The legal conditions of credit repair, checked when the firm applies and again when the regulator approves: for
/// a black listing, those of early removal under SAMR Order 44 (a year on the list, restrictions ended, penalty
/// fulfilled, harm remedied, no new heavier penalty); for an administrative penalty, those of the repair rules (a
/// penalty of a severity that is repaired at all, the minimum time since its decision, penalty fulfilled, harm
/// remedied, no new serious penalty since). The first unmet one is a 409 naming it, with the first day allowed when
/// it is the time.
/// </summary>
internal static class RepairConditions
{
    public static Task<Failure?> UnmetForListingAsync(CreditDbContext db, CreditListing listing, RepairStatements statements, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(statements);
        if (!listing.InForceOn(today))
        {
            return Unmet("credit.repair-listing-in-force", CreditText.Format("Repair.ListingNotInForce", ListLabels.Status(listing.StatusOn(today))));
        }

        if (listing.EarlyRemovalFrom is not { } from)
        {
            return Unmet("credit.repair-listing-removable", CreditText.Format("Listing.NoEarlyRemoval", ListLabels.Kind(listing.Kind)));
        }

        if (today < from)
        {
            return Unmet("credit.repair-time-elapsed", CreditText.Format("Repair.TooEarlyListing", ChinaTime.Format(listing.ListedFrom), ChinaTime.Format(from)));
        }

        if (!statements.RestrictionsEnded)
        {
            return Unmet("credit.repair-restrictions-ended", CreditText.Get("Listing.RestrictionsNotEnded"));
        }

        return CommonAsync(db, listing.EnterpriseCreditCode, listing.ListedFrom!.Value, listing.GroundRecordIds, statements, cancellationToken);
    }

    public static Task<Failure?> UnmetForRecordAsync(CreditDbContext db, CreditRecord record, RepairStatements statements, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(statements);
        if (record.VoidedAt is not null)
        {
            return Unmet("credit.repair-record-voided", CreditText.Get("Repair.RecordVoided"));
        }

        if (record.RepairedOn is { } repairedOn)
        {
            return Unmet("credit.repair-once", CreditText.Format("Repair.AlreadyRepaired", ChinaTime.Format(repairedOn)));
        }

        if (record.Kind != CreditRecordKind.AdministrativePenalty)
        {
            return Unmet("credit.repair-penalty-only", CreditText.Format("Repair.PenaltyOnly", Features.CreditLabels.Kind(record.Kind)));
        }

        if (ObjectionRepairRules.Current.Repair.MonthsFor(record.Severity) is not { } months)
        {
            return Unmet("credit.repair-not-repairable", CreditText.Format("Repair.NotRepairable", Features.CreditLabels.Severity(record.Severity)));
        }

        var first = record.OccurredOn.AddMonths(months);
        if (today < first)
        {
            return Unmet("credit.repair-time-elapsed", CreditText.Format("Repair.TooEarlyRecord",
                ChinaTime.Format(record.OccurredOn), Features.CreditLabels.Severity(record.Severity), months, ChinaTime.Format(first)));
        }

        return CommonAsync(db, record.EnterpriseCreditCode, record.OccurredOn, [record.Id], statements, cancellationToken);
    }

    private static async Task<Failure?> CommonAsync(
        CreditDbContext db, string creditCode, DateOnly since, IReadOnlyList<Guid> own, RepairStatements statements, CancellationToken cancellationToken)
    {
        if (!statements.PenaltyFulfilled)
        {
            return Failure.Conflict("credit.repair-penalty-fulfilled", CreditText.Get("Listing.PenaltyNotFulfilled"));
        }

        if (!statements.HarmRemedied)
        {
            return Failure.Conflict("credit.repair-harm-remedied", CreditText.Get("Listing.HarmNotRemedied"));
        }

        // Voided records are left out by the context; the record or listing grounds themselves do not count against it.
        var ids = own.ToList();
        var newer = await db.Records.AsNoTracking()
            .Where(r => r.EnterpriseCreditCode == creditCode && r.Kind == CreditRecordKind.AdministrativePenalty
                && r.Severity == RecordSeverity.Serious && r.OccurredOn >= since && !ids.Contains(r.Id))
            .OrderBy(r => r.OccurredOn)
            .Select(r => new { r.OccurredOn, r.DocumentNumber, r.Title })
            .FirstOrDefaultAsync(cancellationToken);
        return newer is null ? null : Failure.Conflict("credit.repair-no-new-serious-penalty", CreditText.Format("Listing.NewHeavierPenalty",
            ChinaTime.Format(newer.OccurredOn), newer.DocumentNumber ?? newer.Title));
    }

    private static Task<Failure?> Unmet(string rule, string message) => Task.FromResult<Failure?>(Failure.Conflict(rule, message));
}
