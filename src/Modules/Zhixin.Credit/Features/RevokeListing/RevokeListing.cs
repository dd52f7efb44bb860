using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.RevokeListing;

internal sealed record RevokeListingRequest(string? Reason);

/// <summary>
/// Revokes a listing that should not stand (撤销: the penalty it rests on was set aside, the decision was wrong), at
/// any step before it ended; kept with the reason, and the firm scored again.
/// </summary>
internal sealed class RevokeListingHandler(CreditDbContext db, EnterpriseRescorer rescorer, TimeProvider clock)
{
    public async Task<Outcome<ListingChangeResponse>> HandleAsync(Guid id, RevokeListingRequest request, CancellationToken cancellationToken)
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
        var status = listing.StatusOn(today);
        if (status is ListingStatus.Expired or ListingStatus.RemovedEarly or ListingStatus.Revoked)
        {
            return Failure.Conflict("credit.list-ended-once", CreditText.Format("Listing.AlreadyEnded", ListLabels.Status(status)));
        }

        listing.Status = ListingStatus.Revoked;
        listing.EndedOn = today;
        listing.EndReason = reason;
        listing.EndedAt = clock.GetUtcNow();
        listing.EndedBy = db.Caller.Name;
        await db.SaveChangesAsync(cancellationToken);
        var rescored = await rescorer.RescoreAsync(listing.EnterpriseCreditCode, CreditSources.TriggerListing, cancellationToken);
        return new ListingChangeResponse(ListingView.Of(listing, today), AssessmentView.Of(rescored.Assessment, showRiskClass: true));
    }
}

internal static class RevokeListingEndpoint
{
    public static async Task<Results<Ok<ListingChangeResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, RevokeListingRequest request, RevokeListingHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
