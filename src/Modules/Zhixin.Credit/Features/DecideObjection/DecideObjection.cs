using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.RevokeListing;
using Zhixin.Credit.Features.VoidCreditRecord;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.DecideObjection;

/// <summary>The review of an objection: <c>upheld</c> or <c>rejected</c>, with the reasons either way.</summary>
internal sealed record DecideObjectionRequest(string? Outcome, string? Reasons);

/// <summary>An objection after its review, and the firm's assessment when upholding it changed the file.</summary>
internal sealed record ObjectionDecisionResponse(ObjectionView Objection, AssessmentView? Assessment);

/// <summary>
/// Decides an open objection. Upheld: the listing is revoked or the record voided through their own use cases (so
/// their rules hold: a listing that already ended is not revoked again), in the same save as the decision, and the
/// firm is scored again. Rejected: kept with the reasons.
/// </summary>
internal sealed class DecideObjectionHandler(CreditDbContext db, RevokeListingHandler revoke, VoidCreditRecordHandler voidRecord, TimeProvider clock)
{
    public async Task<Outcome<ObjectionDecisionResponse>> HandleAsync(Guid id, DecideObjectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var reasons = CreditFields.Cases.Required(errors, "reasons", request.Reasons, 2000);
        var outcome = CaseLabels.Parse<ObjectionStatus>(request.Outcome);
        if (outcome is not (ObjectionStatus.Upheld or ObjectionStatus.Rejected))
        {
            errors.Add("outcome", CreditText.Format("Objection.OutcomeUnknown", request.Outcome?.Trim() ?? ""));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var objection = await db.Objections.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (objection is null)
        {
            return Failure.NotFound(CreditText.Get("Objection.NotFound"));
        }

        var today = ChinaTime.Today(clock);
        if (objection.Status != ObjectionStatus.Open)
        {
            return Failure.Conflict("credit.objection-decided-once", CreditText.Format("Objection.DecidedOnce", CaseLabels.Name(objection.Status)));
        }

        objection.Status = outcome!.Value;
        objection.DecisionReasons = reasons;
        objection.DecidedOn = today;
        objection.DecidedAt = clock.GetUtcNow();
        objection.DecidedBy = db.Caller.Name;
        if (outcome == ObjectionStatus.Rejected)
        {
            await db.SaveChangesAsync(cancellationToken);
            return new ObjectionDecisionResponse(ObjectionView.Of(objection, today), null);
        }

        // The use case saves through the same context, so the objection's decision and its effect are written together.
        var reason = CreditText.Format("Objection.UpheldReason", reasons!);
        if (objection.ListingId is { } listingId)
        {
            var revoked = await revoke.HandleAsync(listingId, new RevokeListingRequest(Truncate(reason, 1000)), cancellationToken);
            return revoked.Map(r => new ObjectionDecisionResponse(ObjectionView.Of(objection, today), (AssessmentView?)r.Assessment));
        }

        var voided = await voidRecord.HandleAsync(objection.RecordId!.Value, new VoidCreditRecordRequest(Truncate(reason, 500)), cancellationToken);
        return voided.Map(v => new ObjectionDecisionResponse(ObjectionView.Of(objection, today), (AssessmentView?)v.Assessment));
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

internal static class DecideObjectionEndpoint
{
    public static async Task<Results<Ok<ObjectionDecisionResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, DecideObjectionRequest request, DecideObjectionHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
