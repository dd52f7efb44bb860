using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Calendar;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.RaiseObjection;

/// <summary>An objection (异议) against one listing or one record of the firm's file, with the grounds.</summary>
internal sealed record RaiseObjectionRequest(Guid? ListingId, Guid? RecordId, string? Grounds);

/// <summary>
/// Records an objection by the firm's own account or by a regulator on its behalf. Against a listing from its notice
/// on: within the statement period while the decision is pending, within the days of the rules after the decision,
/// never after it ended. Against a record that is not voided. One open objection per listing or record.
/// </summary>
internal sealed class RaiseObjectionHandler(CreditDbContext db, TimeProvider clock, WorkCalendar calendar)
{
    public async Task<Outcome<ObjectionView>> HandleAsync(RaiseObjectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var grounds = CreditFields.Cases.Required(errors, "grounds", request.Grounds, 2000);
        if ((request.ListingId is null) == (request.RecordId is null))
        {
            errors.Add("listingId", CreditText.Get("Case.OneTarget"));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var today = ChinaTime.Today(clock);
        var rules = ObjectionRepairRules.Current;
        string code, name, region;
        var againstNotice = false;
        if (request.ListingId is { } listingId)
        {
            var listing = await ListingAccess.FindAsync(db, listingId, cancellationToken);
            if (listing is null)
            {
                return Failure.NotFound(CreditText.Get("Listing.NotFound"));
            }

            if (ObjectionDeadline(listing, today, rules) is { } refused)
            {
                return refused;
            }

            againstNotice = listing.Status == ListingStatus.Noticed;
            (code, name, region) = (listing.EnterpriseCreditCode, listing.EnterpriseName, listing.RegionCode);
        }
        else
        {
            var record = await db.Records.IgnoreQueryFilters([Platform.Data.ScopedDbContext.VoidedFilter]).AsNoTracking()
                .SingleOrDefaultAsync(r => r.Id == request.RecordId, cancellationToken);
            if (record is null)
            {
                return Failure.NotFound(CreditText.Get("Record.NotFound"));
            }

            if (record.VoidedAt is not null)
            {
                return Failure.Conflict("credit.objection-record-voided", CreditText.Format("Objection.RecordVoided", ChinaTime.Format(record.VoidedAt.Value)));
            }

            (code, name, region) = (record.EnterpriseCreditCode, record.EnterpriseName, record.RegionCode);
        }

        if (await db.Objections.AnyAsync(o => o.Status == ObjectionStatus.Open
            && (request.ListingId != null ? o.ListingId == request.ListingId : o.RecordId == request.RecordId), cancellationToken))
        {
            return Failure.Conflict("credit.objection-one-open", CreditText.Get("Objection.OneOpen"));
        }

        var now = clock.GetUtcNow();
        var objection = new CreditObjection
        {
            Id = Guid.CreateVersion7(now),
            EnterpriseCreditCode = code,
            EnterpriseName = name,
            RegionCode = region,
            Target = request.ListingId is null ? CreditTarget.Record : CreditTarget.Listing,
            ListingId = request.ListingId,
            RecordId = request.RecordId,
            AgainstNotice = againstNotice,
            Grounds = grounds!,
            RulesVersion = rules.Version,
            RaisedOn = today,
            RaisedAt = now,
            RaisedBy = db.Caller.Name,
            RaisedByFirm = db.Caller.Scope.EnterpriseCreditCode is not null,
            ReviewDueOn = ObjectionRepairRules.AddWorkingDays(calendar, today, rules.Objection.ReviewWorkingDays),
            Status = ObjectionStatus.Open,
        };
        db.Objections.Add(objection);
        await db.SaveChangesAsync(cancellationToken);
        return ObjectionView.Of(objection, today);
    }

    /// <summary>The 409 when a listing may not be objected to today, naming the deadline; null when it may.</summary>
    private static Failure? ObjectionDeadline(CreditListing listing, DateOnly today, ObjectionRepairRules rules)
    {
        var status = listing.StatusOn(today);
        switch (status)
        {
            case ListingStatus.Proposed:
                return Failure.Conflict("credit.objection-after-notice", CreditText.Get("Objection.BeforeNotice"));
            case ListingStatus.Noticed:
                // The statement period: from service through the day before a decision may come.
                var last = listing.DecisionAllowedFrom!.Value.AddDays(-1);
                return today > last
                    ? Failure.Conflict("credit.objection-within-statement-period", CreditText.Format("Objection.StatementPeriodOver",
                        ChinaTime.Format(listing.NoticeServedOn), ChinaTime.Format(last)))
                    : null;
            case ListingStatus.Listed:
                var deadline = listing.DecidedOn!.Value.AddDays(rules.Objection.ListedObjectionDays);
                return today > deadline
                    ? Failure.Conflict("credit.objection-within-period", CreditText.Format("Objection.PeriodOver",
                        ChinaTime.Format(listing.DecidedOn), rules.Objection.ListedObjectionDays, ChinaTime.Format(deadline)))
                    : null;
            default:
                return Failure.Conflict("credit.objection-listing-ended", CreditText.Format("Objection.ListingEnded", ListLabels.Status(status)));
        }
    }
}

internal static class RaiseObjectionEndpoint
{
    public static async Task<Results<Created<ObjectionView>, ProblemHttpResult>> HandleAsync(
        RaiseObjectionRequest request, RaiseObjectionHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Created(CreditRoutes.ApiObjection(outcome.Value!.Id), outcome.Value) : outcome.ToProblem();
    }
}
