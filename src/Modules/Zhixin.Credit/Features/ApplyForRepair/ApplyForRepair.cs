using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Calendar;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ApplyForRepair;

/// <summary>
/// A credit repair application (信用修复申请) for one black listing (early removal) or one administrative-penalty
/// record (an end to its publication), with the firm's statements and its credit commitment (信用承诺).
/// </summary>
internal sealed record ApplyForRepairRequest(
    Guid? ListingId, Guid? RecordId, bool PenaltyFulfilled, bool RestrictionsEnded, bool HarmRemedied, string? Commitment, string? Statement);

/// <summary>
/// Records an application when every legal condition is met today (else 409 naming the first unmet one, and for the
/// time the first day allowed), with the day the decision is due. One pending application per listing or record.
/// </summary>
internal sealed class ApplyForRepairHandler(CreditDbContext db, TimeProvider clock, WorkCalendar calendar)
{
    public async Task<Outcome<RepairView>> HandleAsync(ApplyForRepairRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var fields = CreditFields.Cases;
        var commitment = fields.Required(errors, "commitment", request.Commitment, 2000);
        var statement = fields.Optional(errors, "statement", request.Statement, 2000);
        if ((request.ListingId is null) == (request.RecordId is null))
        {
            errors.Add("listingId", CreditText.Get("Case.OneTarget"));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var today = ChinaTime.Today(clock);
        var statements = new RepairStatements(request.PenaltyFulfilled, request.RestrictionsEnded, request.HarmRemedied);
        string code, name, region;
        if (request.ListingId is { } listingId)
        {
            var listing = await ListingAccess.FindAsync(db, listingId, cancellationToken);
            if (listing is null)
            {
                return Failure.NotFound(CreditText.Get("Listing.NotFound"));
            }

            if (await RepairConditions.UnmetForListingAsync(db, listing, statements, today, cancellationToken) is { } unmet)
            {
                return unmet;
            }

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

            if (await RepairConditions.UnmetForRecordAsync(db, record, statements, today, cancellationToken) is { } unmet)
            {
                return unmet;
            }

            (code, name, region) = (record.EnterpriseCreditCode, record.EnterpriseName, record.RegionCode);
        }

        if (await db.Repairs.AnyAsync(r => r.Status == RepairStatus.Pending
            && (request.ListingId != null ? r.ListingId == request.ListingId : r.RecordId == request.RecordId), cancellationToken))
        {
            return Failure.Conflict("credit.repair-one-pending", CreditText.Get("Repair.OnePending"));
        }

        var rules = ObjectionRepairRules.Current;
        var now = clock.GetUtcNow();
        var repair = new CreditRepair
        {
            Id = Guid.CreateVersion7(now),
            EnterpriseCreditCode = code,
            EnterpriseName = name,
            RegionCode = region,
            Target = request.ListingId is null ? CreditTarget.Record : CreditTarget.Listing,
            ListingId = request.ListingId,
            RecordId = request.RecordId,
            PenaltyFulfilled = request.PenaltyFulfilled,
            RestrictionsEnded = request.RestrictionsEnded,
            HarmRemedied = request.HarmRemedied,
            Commitment = commitment!,
            Statement = statement,
            RulesVersion = rules.Version,
            AppliedOn = today,
            AppliedAt = now,
            AppliedBy = db.Caller.Name,
            DecisionDueOn = ObjectionRepairRules.AddWorkingDays(calendar, today, rules.Repair.DecisionWorkingDays),
            Status = RepairStatus.Pending,
        };
        db.Repairs.Add(repair);
        await db.SaveChangesAsync(cancellationToken);
        return RepairView.Of(repair, today);
    }
}

internal static class ApplyForRepairEndpoint
{
    public static async Task<Results<Created<RepairView>, ProblemHttpResult>> HandleAsync(
        ApplyForRepairRequest request, ApplyForRepairHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Created(CreditRoutes.ApiRepair(outcome.Value!.Id), outcome.Value) : outcome.ToProblem();
    }
}
