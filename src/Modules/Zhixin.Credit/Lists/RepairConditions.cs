using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Lists;

/// <summary>What the firm states in its repair application (信用修复申请).</summary>
internal sealed record RepairStatements(bool PenaltyFulfilled, bool RestrictionsEnded, bool HarmRemedied);

/// <summary>
/// One legal condition of a repair as checked on a day: its rule, what it asks in words, whether it is met (null when
/// it could not be checked because an earlier one failed) and, unmet, the words of the 409.
/// </summary>
internal sealed record RepairCheck(string Rule, string Condition, bool? Met, string? Problem);

/// <summary>
/// The legal conditions of credit repair, checked when the firm applies and again when the regulator approves: for
/// a black listing, those of early removal under SAMR Order 44 (a year on the list, restrictions ended, penalty
/// fulfilled, harm remedied, no new heavier penalty); for an administrative penalty, those of the repair rules (a
/// penalty of a severity that is repaired at all, the minimum time since its decision, penalty fulfilled, harm
/// remedied, no new serious penalty since). Each is checked in that order; the first unmet one is the 409 naming it,
/// with the first day allowed when it is the time, and the whole list is what the repair page shows.
/// </summary>
internal static class RepairConditions
{
    public static async Task<Failure?> UnmetForListingAsync(CreditDbContext db, CreditListing listing, RepairStatements statements, DateOnly today, CancellationToken cancellationToken) =>
        FirstUnmet(await CheckListingAsync(db, listing, statements, today, cancellationToken));

    public static async Task<Failure?> UnmetForRecordAsync(CreditDbContext db, CreditRecord record, RepairStatements statements, DateOnly today, CancellationToken cancellationToken) =>
        FirstUnmet(await CheckRecordAsync(db, record, statements, today, cancellationToken));

    /// <summary>
    /// The conditions of a pending application checked today, as its approval would check them; a listing the caller
    /// no longer sees, or a record voided since (hidden by the context), is reported as the first condition unmet.
    /// </summary>
    public static async Task<IReadOnlyList<RepairCheck>> CheckPendingAsync(CreditDbContext db, CreditRepair repair, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(repair);
        var statements = new RepairStatements(repair.PenaltyFulfilled, repair.RestrictionsEnded, repair.HarmRemedied);
        if (repair.ListingId is { } listingId)
        {
            var listing = await ListingAccess.Visible(db).AsNoTracking().SingleOrDefaultAsync(l => l.Id == listingId, cancellationToken);
            return listing is null
                ? [Check("credit.repair-listing-in-force", "RepairCheck.ListingInForce", false, CreditText.Get("Listing.NotFound"))]
                : await CheckListingAsync(db, listing, statements, today, cancellationToken);
        }

        var record = await db.Records.AsNoTracking().SingleOrDefaultAsync(r => r.Id == repair.RecordId, cancellationToken);
        return record is null
            ? [Check("credit.repair-record-voided", "RepairCheck.RecordValid", false, CreditText.Get("Repair.RecordVoided"))]
            : await CheckRecordAsync(db, record, statements, today, cancellationToken);
    }

    public static async Task<IReadOnlyList<RepairCheck>> CheckListingAsync(
        CreditDbContext db, CreditListing listing, RepairStatements statements, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(statements);
        var from = listing.EarlyRemovalFrom;
        List<RepairCheck> checks =
        [
            Check("credit.repair-listing-in-force", "RepairCheck.ListingInForce", listing.InForceOn(today),
                CreditText.Format("Repair.ListingNotInForce", ListLabels.Status(listing.StatusOn(today)))),
            Check("credit.repair-listing-removable", "RepairCheck.ListingRemovable", from is not null,
                CreditText.Format("Listing.NoEarlyRemoval", ListLabels.Kind(listing.Kind))),
            from is { } first
                ? new RepairCheck("credit.repair-time-elapsed", CreditText.Format("RepairCheck.ListingYear", ChinaTime.Format(first)), today >= first,
                    today >= first ? null : CreditText.Format("Repair.TooEarlyListing", ChinaTime.Format(listing.ListedFrom), ChinaTime.Format(first)))
                : NotChecked("credit.repair-time-elapsed", "RepairCheck.Time"),
            Check("credit.repair-restrictions-ended", "RepairCheck.RestrictionsEnded", statements.RestrictionsEnded, CreditText.Get("Listing.RestrictionsNotEnded")),
        ];
        checks.AddRange(await CommonAsync(db, listing.EnterpriseCreditCode, listing.ListedFrom, listing.GroundRecordIds, statements, cancellationToken));
        return checks;
    }

    public static async Task<IReadOnlyList<RepairCheck>> CheckRecordAsync(
        CreditDbContext db, CreditRecord record, RepairStatements statements, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(statements);
        var penalty = record.Kind == CreditRecordKind.AdministrativePenalty;
        var months = penalty ? ObjectionRepairRules.Current.Repair.MonthsFor(record.Severity) : null;
        var first = months is { } m ? record.OccurredOn.AddMonths(m) : (DateOnly?)null;
        List<RepairCheck> checks =
        [
            Check("credit.repair-record-voided", "RepairCheck.RecordValid", record.VoidedAt is null, CreditText.Get("Repair.RecordVoided")),
            Check("credit.repair-once", "RepairCheck.NotRepaired", record.RepairedOn is null,
                record.RepairedOn is { } repairedOn ? CreditText.Format("Repair.AlreadyRepaired", ChinaTime.Format(repairedOn)) : null),
            Check("credit.repair-penalty-only", "RepairCheck.PenaltyOnly", penalty, CreditText.Format("Repair.PenaltyOnly", Features.CreditLabels.Kind(record.Kind))),
            penalty
                ? Check("credit.repair-not-repairable", "RepairCheck.Repairable", months is not null,
                    CreditText.Format("Repair.NotRepairable", Features.CreditLabels.Severity(record.Severity)))
                : NotChecked("credit.repair-not-repairable", "RepairCheck.Repairable"),
            first is { } day
                ? new RepairCheck("credit.repair-time-elapsed", CreditText.Format("RepairCheck.RecordMonths", months!, ChinaTime.Format(day)), today >= day,
                    today >= day ? null : CreditText.Format("Repair.TooEarlyRecord",
                        ChinaTime.Format(record.OccurredOn), Features.CreditLabels.Severity(record.Severity), months!, ChinaTime.Format(day)))
                : NotChecked("credit.repair-time-elapsed", "RepairCheck.Time"),
        ];
        checks.AddRange(await CommonAsync(db, record.EnterpriseCreditCode, record.OccurredOn, [record.Id], statements, cancellationToken));
        return checks;
    }

    private static Failure? FirstUnmet(IReadOnlyList<RepairCheck> checks) =>
        checks.FirstOrDefault(c => c.Met == false) is { } unmet ? Failure.Conflict(unmet.Rule, unmet.Problem!) : null;

    private static async Task<IReadOnlyList<RepairCheck>> CommonAsync(
        CreditDbContext db, string creditCode, DateOnly? since, IReadOnlyList<Guid> own, RepairStatements statements, CancellationToken cancellationToken)
    {
        var fulfilled = Check("credit.repair-penalty-fulfilled", "RepairCheck.PenaltyFulfilled", statements.PenaltyFulfilled, CreditText.Get("Listing.PenaltyNotFulfilled"));
        var remedied = Check("credit.repair-harm-remedied", "RepairCheck.HarmRemedied", statements.HarmRemedied, CreditText.Get("Listing.HarmNotRemedied"));
        if (since is not { } from)
        {
            // A listing never decided has no day to count from; it failed the first condition already.
            return [fulfilled, remedied, NotChecked("credit.repair-no-new-serious-penalty", "RepairCheck.NoNewSeriousPenalty")];
        }

        // Voided records are left out by the context; the record or listing grounds themselves do not count against it.
        var ids = own.ToList();
        var newer = await db.Records.AsNoTracking()
            .Where(r => r.EnterpriseCreditCode == creditCode && r.Kind == CreditRecordKind.AdministrativePenalty
                && r.Severity == RecordSeverity.Serious && r.OccurredOn >= from && !ids.Contains(r.Id))
            .OrderBy(r => r.OccurredOn)
            .Select(r => new { r.OccurredOn, r.DocumentNumber, r.Title })
            .FirstOrDefaultAsync(cancellationToken);
        return [fulfilled, remedied, Check("credit.repair-no-new-serious-penalty", "RepairCheck.NoNewSeriousPenalty", newer is null,
            newer is null ? null : CreditText.Format("Listing.NewHeavierPenalty", ChinaTime.Format(newer.OccurredOn), newer.DocumentNumber ?? newer.Title))];
    }

    private static RepairCheck Check(string rule, string conditionKey, bool met, string? problem) =>
        new(rule, CreditText.Get(conditionKey), met, met ? null : problem);

    private static RepairCheck NotChecked(string rule, string conditionKey) => new(rule, CreditText.Get(conditionKey), null, null);
}
