using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.DecideListing;

/// <summary>The listing decision (列入决定): its number, its date (the first day on the list) and the deciding authority.</summary>
internal sealed record DecideListingRequest(string? DecisionNumber, DateOnly? DecidedOn, string? Authority);

/// <summary>
/// Puts a noticed firm on the list for the list's period and scores it again. Refused (409, rule named) when no
/// notice was served, or when the decision comes inside the statement period the notice opened.
/// </summary>
internal sealed class DecideListingHandler(CreditDbContext db, EnterpriseRescorer rescorer, TimeProvider clock)
{
    public async Task<Outcome<ListingChangeResponse>> HandleAsync(Guid id, DecideListingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var fields = CreditFields.Checks;
        var number = fields.Required(errors, "decisionNumber", request.DecisionNumber, 100);
        var decidedOn = fields.Present(errors, "decidedOn", request.DecidedOn);
        var authority = fields.Required(errors, "authority", request.Authority, 100);
        var today = ChinaTime.Today(clock);
        if (decidedOn > today)
        {
            errors.Add("decidedOn", CreditText.Format("Listing.DateInFuture", ChinaTime.Format(decidedOn), ChinaTime.Format(today)));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var listing = await ListingAccess.FindAsync(db, id, cancellationToken);
        if (listing is null)
        {
            return Failure.NotFound(CreditText.Get("Listing.NotFound"));
        }

        if (listing.Status == ListingStatus.Proposed)
        {
            return Failure.Conflict("credit.list-notice-before-decision", CreditText.Get("Listing.NoticeFirst"));
        }

        if (listing.Status != ListingStatus.Noticed)
        {
            return Failure.Conflict("credit.list-decided-once", CreditText.Format("Listing.DecidedOnce", ListLabels.Status(listing.StatusOn(today))));
        }

        // The firm's objection to the notice is heard before the decision (国办发〔2020〕49号).
        if (await db.Objections.AnyAsync(o => o.ListingId == listing.Id && o.AgainstNotice && o.Status == ObjectionStatus.Open, cancellationToken))
        {
            return Failure.Conflict("credit.list-objection-open", CreditText.Get("Listing.ObjectionOpen"));
        }

        if (decidedOn < listing.DecisionAllowedFrom)
        {
            return Failure.Conflict("credit.list-after-statement-period", CreditText.Format("Listing.InsideStatementPeriod",
                ChinaTime.Format(listing.NoticeServedOn), ChinaTime.Format(listing.DecisionAllowedFrom)));
        }

        var rule = ListRules.Current.For(listing.Kind);
        var from = decidedOn!.Value;
        listing.Status = ListingStatus.Listed;
        listing.DecisionNumber = number;
        listing.DecidedOn = from;
        listing.Authority = authority;
        listing.ListedFrom = from;
        // The same rule as the scorer's periods: listed from D for N months is through the day before D + N months.
        listing.ListedUntil = from.AddMonths(rule.PeriodMonths).AddDays(-1);
        listing.EarlyRemovalFrom = rule.EarlyRemovalAfterMonths is { } months ? from.AddMonths(months) : null;
        listing.GradeAtBest = rule.GradeAtBest;
        listing.ListedAt = clock.GetUtcNow();
        listing.ListedBy = db.Caller.Name;
        await db.SaveChangesAsync(cancellationToken);
        var rescored = await rescorer.RescoreAsync(listing.EnterpriseCreditCode, CreditSources.TriggerListing, cancellationToken);
        return new ListingChangeResponse(ListingView.Of(listing, today), AssessmentView.Of(rescored.Assessment, showRiskClass: true));
    }
}

internal static class DecideListingEndpoint
{
    public static async Task<Results<Ok<ListingChangeResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, DecideListingRequest request, DecideListingHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
