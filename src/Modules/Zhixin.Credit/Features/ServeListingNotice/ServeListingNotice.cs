using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ServeListingNotice;

/// <summary>
/// The pre-listing notice (列入前告知, 国办发〔2020〕49号) as served on the firm: the day it was served, the reasons,
/// the firm's rights (statement, defence, hearing where the law gives one) and the notice's number.
/// </summary>
internal sealed record ServeListingNoticeRequest(string? NoticeNumber, DateOnly? ServedOn, string? Reasons, string? Rights);

/// <summary>Records the notice on a proposal and the first day a decision may follow, after the list's statement period.</summary>
internal sealed class ServeListingNoticeHandler(CreditDbContext db, TimeProvider clock)
{
    public async Task<Outcome<ListingView>> HandleAsync(Guid id, ServeListingNoticeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var fields = CreditFields.Checks;
        var number = fields.Optional(errors, "noticeNumber", request.NoticeNumber, 100);
        var servedOn = fields.Present(errors, "servedOn", request.ServedOn);
        var reasons = fields.Required(errors, "reasons", request.Reasons, 2000);
        var rights = fields.Required(errors, "rights", request.Rights, 1000);
        var today = ChinaTime.Today(clock);
        if (servedOn > today)
        {
            errors.Add("servedOn", CreditText.Format("Listing.DateInFuture", ChinaTime.Format(servedOn), ChinaTime.Format(today)));
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

        if (listing.Status != ListingStatus.Proposed)
        {
            return Failure.Conflict("credit.list-notice-once", CreditText.Format("Listing.NoticeOnce", ListLabels.Status(listing.StatusOn(today))));
        }

        var rule = ListRules.Current.For(listing.Kind);
        listing.Status = ListingStatus.Noticed;
        listing.NoticeNumber = number;
        listing.NoticeServedOn = servedOn;
        listing.NoticeReasons = reasons;
        listing.NoticeRights = rights;
        // The firm has the whole statement period after the day of service; the decision may come the day after it.
        listing.DecisionAllowedFrom = servedOn!.Value.AddDays(rule.StatementPeriodDays + 1);
        listing.NoticedAt = clock.GetUtcNow();
        listing.NoticedBy = db.Caller.Name;
        await db.SaveChangesAsync(cancellationToken);
        return ListingView.Of(listing, today);
    }
}

internal static class ServeListingNoticeEndpoint
{
    public static async Task<Results<Ok<ListingView>, ProblemHttpResult>> HandleAsync(
        Guid id, ServeListingNoticeRequest request, ServeListingNoticeHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
