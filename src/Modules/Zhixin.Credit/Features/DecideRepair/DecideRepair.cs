using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.RemoveListingEarly;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.DecideRepair;

/// <summary>The review of a repair application: <c>approved</c> or <c>rejected</c>, with the reasons either way.</summary>
internal sealed record DecideRepairRequest(string? Outcome, string? Reasons);

/// <summary>A repair application after its review, and the firm's assessment when approving it changed the file.</summary>
internal sealed record RepairDecisionResponse(RepairView Repair, AssessmentView? Assessment);

/// <summary>
/// Decides a pending application. Approved: the conditions are checked again on the day (a new serious penalty may
/// have come since the application); a listing is removed early through its own use case, a record is marked
/// repaired (kept on the file, no longer published or scored from today), and the firm is scored again. Rejected:
/// kept with the reasons.
/// </summary>
internal sealed class DecideRepairHandler(CreditDbContext db, RemoveListingEarlyHandler removeEarly, EnterpriseRescorer rescorer, TimeProvider clock)
{
    public async Task<Outcome<RepairDecisionResponse>> HandleAsync(Guid id, DecideRepairRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var reasons = CreditFields.Cases.Required(errors, "reasons", request.Reasons, 2000);
        var outcome = CaseLabels.Parse<RepairStatus>(request.Outcome);
        if (outcome is not (RepairStatus.Approved or RepairStatus.Rejected))
        {
            errors.Add("outcome", CreditText.Format("Repair.OutcomeUnknown", request.Outcome?.Trim() ?? ""));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var repair = await db.Repairs.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (repair is null)
        {
            return Failure.NotFound(CreditText.Get("Repair.NotFound"));
        }

        if (repair.Status != RepairStatus.Pending)
        {
            return Failure.Conflict("credit.repair-decided-once", CreditText.Format("Repair.DecidedOnce", CaseLabels.Name(repair.Status)));
        }

        var today = ChinaTime.Today(clock);
        repair.Status = outcome!.Value;
        repair.DecisionReasons = reasons;
        repair.DecidedOn = today;
        repair.DecidedAt = clock.GetUtcNow();
        repair.DecidedBy = db.Caller.Name;
        if (outcome == RepairStatus.Rejected)
        {
            await db.SaveChangesAsync(cancellationToken);
            return new RepairDecisionResponse(RepairView.Of(repair, today), null);
        }

        var statements = new RepairStatements(repair.PenaltyFulfilled, repair.RestrictionsEnded, repair.HarmRemedied);
        if (repair.ListingId is { } listingId)
        {
            var listing = await ListingAccess.FindAsync(db, listingId, cancellationToken);
            if (listing is null)
            {
                return Failure.NotFound(CreditText.Get("Listing.NotFound"));
            }

            if (await RepairConditions.UnmetForListingAsync(db, listing, statements, today, cancellationToken) is { } unmetListing)
            {
                return unmetListing;
            }

            // The early removal saves through the same context, so the decision and the removal are written together.
            var removed = await removeEarly.HandleAsync(listingId, new RemoveListingEarlyRequest(
                Truncate(CreditText.Format("Repair.ApprovedReason", reasons!), 1000), repair.RestrictionsEnded, repair.PenaltyFulfilled, repair.HarmRemedied), cancellationToken);
            return removed.Map(r => new RepairDecisionResponse(RepairView.Of(repair, today), (AssessmentView?)r.Assessment));
        }

        var record = await db.Records.SingleOrDefaultAsync(r => r.Id == repair.RecordId, cancellationToken);
        if (record is null)
        {
            // Voided since the application: the record is hidden by the context, and there is nothing left to repair.
            return Failure.Conflict("credit.repair-record-voided", CreditText.Get("Repair.RecordVoided"));
        }

        if (await RepairConditions.UnmetForRecordAsync(db, record, statements, today, cancellationToken) is { } unmet)
        {
            return unmet;
        }

        record.RepairedOn = today;
        record.RepairId = repair.Id;
        record.RepairedAt = repair.DecidedAt;
        record.RepairedBy = repair.DecidedBy;
        await db.SaveChangesAsync(cancellationToken);
        var rescored = await rescorer.RescoreAsync(record.EnterpriseCreditCode, CreditSources.TriggerRepair, cancellationToken);
        return new RepairDecisionResponse(RepairView.Of(repair, today), AssessmentView.Of(rescored.Assessment, showRiskClass: true));
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

internal static class DecideRepairEndpoint
{
    public static async Task<Results<Ok<RepairDecisionResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, DecideRepairRequest request, DecideRepairHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
