using Zhixin.Credit.Domain;

namespace Zhixin.Credit.Lists;

/// <summary>One step of a listing's history: what happened, on which day it took effect, who did it and when.</summary>
internal sealed record ListingStepView(string Status, string StatusName, DateOnly? EffectiveOn, DateTimeOffset? At, string? By, string? Note);

/// <summary>
/// A listing as the API shows it: the firm, the list, the grounds and the records they rest on, the notice, the
/// decision, the publication period, the status today and every step taken.
/// </summary>
internal sealed record ListingView(
    Guid Id,
    string CreditCode,
    string EnterpriseName,
    string RegionCode,
    string Kind,
    string KindName,
    string Status,
    string StatusName,
    bool InForce,
    int RulesVersion,
    string Grounds,
    IReadOnlyList<Guid> GroundRecordIds,
    string LegalBasis,
    string? NoticeNumber,
    DateOnly? NoticeServedOn,
    string? NoticeReasons,
    string? NoticeRights,
    DateOnly? DecisionAllowedFrom,
    string? DecisionNumber,
    DateOnly? DecidedOn,
    string? Authority,
    DateOnly? ListedFrom,
    DateOnly? ListedUntil,
    DateOnly? EarlyRemovalFrom,
    string? GradeAtBest,
    DateOnly? EndedOn,
    string? EndReason,
    IReadOnlyList<ListingStepView> History)
{
    public static ListingView Of(CreditListing listing, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var status = listing.StatusOn(today);
        return new ListingView(
            listing.Id, listing.EnterpriseCreditCode, listing.EnterpriseName, listing.RegionCode,
            ListLabels.KindCode(listing.Kind), ListLabels.Kind(listing.Kind), ListLabels.StatusCode(status), ListLabels.Status(status),
            listing.InForceOn(today), listing.RulesVersion, listing.Grounds, listing.GroundRecordIds, listing.LegalBasis,
            listing.NoticeNumber, listing.NoticeServedOn, listing.NoticeReasons, listing.NoticeRights, listing.DecisionAllowedFrom,
            listing.DecisionNumber, listing.DecidedOn, listing.Authority, listing.ListedFrom, listing.ListedUntil, listing.EarlyRemovalFrom,
            listing.GradeAtBest?.ToString(), listing.EndedOn, listing.EndReason, Steps(listing, today));
    }

    private static List<ListingStepView> Steps(CreditListing listing, DateOnly today)
    {
        var steps = new List<ListingStepView> { Step(ListingStatus.Proposed, null, listing.ProposedAt, listing.ProposedBy, listing.Grounds) };
        if (listing.NoticedAt is not null)
        {
            steps.Add(Step(ListingStatus.Noticed, listing.NoticeServedOn, listing.NoticedAt, listing.NoticedBy, listing.NoticeNumber));
        }

        if (listing.ListedAt is not null)
        {
            steps.Add(Step(ListingStatus.Listed, listing.ListedFrom, listing.ListedAt, listing.ListedBy, listing.DecisionNumber));
        }

        if (listing.EndedAt is not null)
        {
            steps.Add(Step(listing.Status, listing.EndedOn, listing.EndedAt, listing.EndedBy, listing.EndReason));
        }
        else if (listing.StatusOn(today) == ListingStatus.Expired)
        {
            // Expiry needs no one's act: the period ran out the day after its last day.
            steps.Add(Step(ListingStatus.Expired, listing.ListedUntil!.Value.AddDays(1), null, null, null));
        }

        return steps;
    }

    private static ListingStepView Step(ListingStatus status, DateOnly? on, DateTimeOffset? at, string? by, string? note) =>
        new(ListLabels.StatusCode(status), ListLabels.Status(status), on, at, by, note);
}

/// <summary>A listing after a step that starts or ends it, and the firm's assessment after scoring it again.</summary>
internal sealed record ListingChangeResponse(ListingView Listing, Features.AssessmentView Assessment);
