using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;
using Zhixin.Register.Contracts;

namespace Zhixin.Credit.Features.ProposeListing;

/// <summary>
/// A proposal to put a firm on a list (kind red or black): the grounds in words, the credit records they rest on,
/// and the legal basis (the list's own when not given). A black listing rests on at least one serious
/// administrative penalty on the firm's file (SAMR Order 44, Art. 2: a heavier penalty).
/// </summary>
internal sealed record ProposeListingRequest(string? CreditCode, string? Kind, string? Grounds, IReadOnlyList<Guid>? GroundRecordIds, string? LegalBasis);

/// <summary>Records a proposal for a firm in the caller's region; the notice and the decision follow.</summary>
internal sealed class ProposeListingHandler(CreditDbContext db, IEnterpriseDirectory directory, TimeProvider clock)
{
    public const int MaxGroundRecords = 50;

    public async Task<Outcome<ListingView>> HandleAsync(ProposeListingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var fields = CreditFields.Checks;
        CreditCode? code = null;
        if (string.IsNullOrWhiteSpace(request.CreditCode))
        {
            fields.Required(errors, "creditCode", null, 18);
        }
        else
        {
            code = errors.Check("creditCode", CreditCode.ParseAllowingCheckOverride(request.CreditCode.Trim().ToUpperInvariant()));
        }

        var kind = ListLabels.ParseKind(request.Kind);
        if (kind is null)
        {
            errors.Add("kind", CreditText.Format("Listing.KindUnknown", request.Kind?.Trim() ?? ""));
        }

        var grounds = fields.Required(errors, "grounds", request.Grounds, 2000);
        var basis = fields.Optional(errors, "legalBasis", request.LegalBasis, 500);
        var recordIds = (request.GroundRecordIds ?? []).Distinct().ToList();
        if (recordIds.Count > MaxGroundRecords)
        {
            errors.Add("groundRecordIds", CreditText.Format("Listing.TooManyRecords", MaxGroundRecords));
        }

        EnterpriseSummary? enterprise = null;
        if (code is { } valid)
        {
            var found = await directory.FindAsync([valid.Value], cancellationToken);
            if (!found.TryGetValue(valid.Value, out enterprise))
            {
                errors.Add("creditCode", CreditText.Format("Record.UnknownEnterprise", valid.Value));
            }
        }

        if (enterprise is not null && kind is { } k && recordIds.Count <= MaxGroundRecords)
        {
            await CheckGroundsAsync(errors, enterprise.CreditCode, k, recordIds, cancellationToken);
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var pending = await db.Listings.AsNoTracking().Where(l => l.EnterpriseCreditCode == enterprise!.CreditCode && l.Kind == kind!.Value
                && (l.Status == ListingStatus.Proposed || l.Status == ListingStatus.Noticed || l.Status == ListingStatus.Listed))
            .ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        if (pending.FirstOrDefault(l => l.StatusOn(today) != ListingStatus.Expired) is { } open)
        {
            return Failure.Conflict("credit.list-one-listing-at-a-time", CreditText.Format("Listing.AlreadyOpen", ListLabels.Kind(open.Kind), ListLabels.Status(open.StatusOn(today)), open.Id));
        }

        var rules = ListRules.Current;
        var now = clock.GetUtcNow();
        var listing = new CreditListing
        {
            Id = Guid.CreateVersion7(now),
            EnterpriseCreditCode = enterprise!.CreditCode,
            EnterpriseName = enterprise.Name,
            RegionCode = enterprise.RegionCode,
            Kind = kind!.Value,
            Status = ListingStatus.Proposed,
            RulesVersion = rules.Version,
            Grounds = grounds!,
            GroundRecordIds = recordIds,
            LegalBasis = basis ?? rules.For(kind.Value).LegalBasis,
            ProposedAt = now,
            ProposedBy = db.Caller.Name,
        };
        db.Listings.Add(listing);
        await db.SaveChangesAsync(cancellationToken);
        return ListingView.Of(listing, today);
    }

    /// <summary>The records must be on the firm's file (voided ones do not count); a black listing needs a serious penalty among them.</summary>
    private async Task CheckGroundsAsync(FieldErrors errors, string creditCode, CreditListKind kind, List<Guid> recordIds, CancellationToken cancellationToken)
    {
        var records = await db.Records.AsNoTracking()
            .Where(r => r.EnterpriseCreditCode == creditCode && recordIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Kind, r.Severity })
            .ToListAsync(cancellationToken);
        var missing = recordIds.Where(id => records.All(r => r.Id != id)).ToList();
        if (missing.Count > 0)
        {
            errors.Add("groundRecordIds", CreditText.Format("Listing.RecordsNotOnFile", string.Join(", ", missing)));
        }
        else if (kind == CreditListKind.Black && !records.Any(r => r.Kind == CreditRecordKind.AdministrativePenalty && r.Severity == RecordSeverity.Serious))
        {
            errors.Add("groundRecordIds", CreditText.Get("Listing.BlackNeedsSeriousPenalty"));
        }
    }
}

internal static class ProposeListingEndpoint
{
    public static async Task<Results<Created<ListingView>, ProblemHttpResult>> HandleAsync(
        ProposeListingRequest request, ProposeListingHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Created(CreditRoutes.ApiListing(outcome.Value!.Id), outcome.Value) : outcome.ToProblem();
    }
}
