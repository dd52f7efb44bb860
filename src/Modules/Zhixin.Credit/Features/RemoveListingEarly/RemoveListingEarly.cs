using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.RemoveListingEarly;

/// <summary>
/// An early removal (提前移出) and what the regulator found of its conditions under SAMR Order 44: the statutory
/// restriction periods have expired, the penalty's obligations are fulfilled, the harm is remedied. The year on the
/// list and the absence of a further heavier penalty are checked from the listing and the file.
/// </summary>
internal sealed record RemoveListingEarlyRequest(string? Reason, bool RestrictionsEnded, bool PenaltyFulfilled, bool HarmRemedied);

/// <summary>Ends a listing in force before its period when every condition is met (409 naming the first unmet one), and scores the firm again.</summary>
internal sealed class RemoveListingEarlyHandler(CreditDbContext db, EnterpriseRescorer rescorer, TimeProvider clock)
{
    public async Task<Outcome<ListingChangeResponse>> HandleAsync(Guid id, RemoveListingEarlyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var reason = CreditFields.ListingEnds.Required(errors, "reason", request.Reason, 1000);
        if (!errors.IsEmpty)
        {
            return errors;
        }

        var listing = await ListingAccess.FindAsync(db, id, cancellationToken);
        if (listing is null)
        {
            return Failure.NotFound(CreditText.Get("Listing.NotFound"));
        }

        var today = ChinaTime.Today(clock);
        if (!listing.InForceOn(today))
        {
            return Failure.Conflict("credit.list-removal-only-in-force", CreditText.Format("Listing.NotInForce", ListLabels.Status(listing.StatusOn(today))));
        }

        if (await UnmetConditionAsync(listing, request, today, cancellationToken) is { } unmet)
        {
            return unmet;
        }

        listing.Status = ListingStatus.RemovedEarly;
        listing.EndedOn = today;
        listing.EndReason = reason;
        listing.EndedAt = clock.GetUtcNow();
        listing.EndedBy = db.Caller.Name;
        await db.SaveChangesAsync(cancellationToken);
        var rescored = await rescorer.RescoreAsync(listing.EnterpriseCreditCode, CreditSources.TriggerListing, cancellationToken);
        return new ListingChangeResponse(ListingView.Of(listing, today), AssessmentView.Of(rescored.Assessment, showRiskClass: true));
    }

    /// <summary>The first condition of early removal the listing does not meet, as a 409 naming its rule; null when all are met.</summary>
    private async Task<Failure?> UnmetConditionAsync(CreditListing listing, RemoveListingEarlyRequest request, DateOnly today, CancellationToken cancellationToken)
    {
        if (listing.EarlyRemovalFrom is not { } from)
        {
            return Failure.Conflict("credit.list-no-early-removal", CreditText.Format("Listing.NoEarlyRemoval", ListLabels.Kind(listing.Kind)));
        }

        if (today < from)
        {
            return Failure.Conflict("credit.list-early-removal-after-a-year", CreditText.Format("Listing.TooEarlyToRemove",
                ChinaTime.Format(listing.ListedFrom), ChinaTime.Format(from)));
        }

        if (!request.RestrictionsEnded)
        {
            return Failure.Conflict("credit.list-restrictions-ended", CreditText.Get("Listing.RestrictionsNotEnded"));
        }

        if (!request.PenaltyFulfilled)
        {
            return Failure.Conflict("credit.list-penalty-fulfilled", CreditText.Get("Listing.PenaltyNotFulfilled"));
        }

        if (!request.HarmRemedied)
        {
            return Failure.Conflict("credit.list-harm-remedied", CreditText.Get("Listing.HarmNotRemedied"));
        }

        // Read as the file is scored: every region's records of the firm that the caller may see; voided ones do not count.
        var listedFrom = listing.ListedFrom!.Value;
        var grounds = listing.GroundRecordIds;
        var heavier = await db.Records.AsNoTracking()
            .Where(r => r.EnterpriseCreditCode == listing.EnterpriseCreditCode && r.Kind == CreditRecordKind.AdministrativePenalty
                && r.Severity == RecordSeverity.Serious && r.OccurredOn >= listedFrom && !grounds.Contains(r.Id))
            .OrderBy(r => r.OccurredOn)
            .Select(r => new { r.OccurredOn, r.DocumentNumber, r.Title })
            .FirstOrDefaultAsync(cancellationToken);
        return heavier is null ? null : Failure.Conflict("credit.list-no-new-heavier-penalty", CreditText.Format("Listing.NewHeavierPenalty",
            ChinaTime.Format(heavier.OccurredOn), heavier.DocumentNumber ?? heavier.Title));
    }
}

internal static class RemoveListingEarlyEndpoint
{
    public static async Task<Results<Ok<ListingChangeResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, RemoveListingEarlyRequest request, RemoveListingEarlyHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
