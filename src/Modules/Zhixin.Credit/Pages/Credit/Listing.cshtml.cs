using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features;
using Zhixin.Credit.Features.DecideListing;
using Zhixin.Credit.Features.GetCreditFile;
using Zhixin.Credit.Features.ListListings;
using Zhixin.Credit.Features.RemoveListingEarly;
using Zhixin.Credit.Features.RevokeListing;
using Zhixin.Credit.Features.ServeListingNotice;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>The pre-listing notice as its form sends it; the names are those the handler gives its errors.</summary>
internal sealed class ListingNoticeInput
{
    public string? NoticeNumber { get; set; }

    public DateOnly? ServedOn { get; set; }

    public string? Reasons { get; set; }

    public string? Rights { get; set; }
}

/// <summary>The listing decision as its form sends it.</summary>
internal sealed class ListingDecisionInput
{
    public string? DecisionNumber { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? Authority { get; set; }
}

/// <summary>An early removal: the reason and what the regulator found of the conditions of SAMR Order 44.</summary>
internal sealed class ListingRemovalInput
{
    public string? Reason { get; set; }

    public bool RestrictionsEnded { get; set; }

    public bool PenaltyFulfilled { get; set; }

    public bool HarmRemedied { get; set; }
}

/// <summary>A revocation and its reason.</summary>
internal sealed class ListingRevocationInput
{
    public string? Reason { get; set; }
}

/// <summary>
/// One listing through <see cref="GetListingHandler"/>: the firm, the grounds and the records they rest on, the notice,
/// the decision and its period, its end, and every step with who took it and when (kept after it ends). The form of
/// the next step allowed (notice, decision, early removal) and the revocation call the API's handlers; a refusal is
/// shown with its rule, a success redirects back to the page.
/// </summary>
[Authorize(Policy = Policies.CreditWrite)]
internal sealed class CreditListingModel(
    GetListingHandler get,
    GetCreditFileHandler files,
    ServeListingNoticeHandler notice,
    DecideListingHandler decide,
    RemoveListingEarlyHandler remove,
    RevokeListingHandler revoke,
    TimeProvider clock) : PageModel
{
    /// <summary>The forms of the page, each bound under its own prefix.</summary>
    public enum Step
    {
        None,
        Notice,
        Decision,
        Removal,
        Revocation,
    }

    [BindProperty]
    public ListingNoticeInput Notice { get; set; } = new();

    [BindProperty]
    public ListingDecisionInput Decision { get; set; } = new();

    [BindProperty]
    public ListingRemovalInput Removal { get; set; } = new();

    [BindProperty]
    public ListingRevocationInput Revocation { get; set; } = new();

    public ListingView Listing { get; private set; } = null!;

    /// <summary>The records the grounds rest on, as the firm's file shows them; empty when the file is no longer in the caller's scope.</summary>
    public IReadOnlyList<CreditRecordView> GroundRecords { get; private set; } = [];

    /// <summary>The form whose post failed, shown open with its messages.</summary>
    public Step Failed { get; private set; }

    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>The step that may come next: a notice on a proposal, a decision on a notice, an early removal of a listing in force where its list has one.</summary>
    public Step Next => Listing.Status switch
    {
        "proposed" => Step.Notice,
        "noticed" => Step.Decision,
        "listed" when Listing.InForce && Listing.EarlyRemovalFrom is not null => Step.Removal,
        _ => Step.None,
    };

    /// <summary>A listing may be revoked at any step before it ended.</summary>
    public bool Revocable => Listing.Status is "proposed" or "noticed" or "listed";

    /// <summary>The list's rules the listing follows: its statement period and its length.</summary>
    public ListRule Rule => ListRules.Current.For(ListLabels.ParseKind(Listing.Kind)!.Value);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // The forms start on today and, for the notice, on the grounds and the rights the list gives.
        Notice.ServedOn = Today;
        Notice.Reasons = Listing.Grounds;
        Notice.Rights = CreditText.Format("ListingPage.Notice.DefaultRights", Rule.StatementPeriodDays);
        Decision.DecidedOn = Listing.DecisionAllowedFrom is { } allowed && allowed > Today ? allowed : Today;
        return Page();
    }

    public Task<IActionResult> OnPostNoticeAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync(id, Step.Notice, nameof(Notice), typeof(ListingNoticeInput), async () =>
            (await notice.HandleAsync(id, new ServeListingNoticeRequest(Notice.NoticeNumber, Notice.ServedOn, Notice.Reasons, Notice.Rights), cancellationToken))
                .Map(listing => Done(listing, null)), cancellationToken);

    public Task<IActionResult> OnPostDecisionAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync(id, Step.Decision, nameof(Decision), typeof(ListingDecisionInput), async () =>
            (await decide.HandleAsync(id, new DecideListingRequest(Decision.DecisionNumber, Decision.DecidedOn, Decision.Authority), cancellationToken))
                .Map(changed => Done(changed.Listing, changed.Assessment)), cancellationToken);

    public Task<IActionResult> OnPostRemovalAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync(id, Step.Removal, nameof(Removal), typeof(ListingRemovalInput), async () =>
            (await remove.HandleAsync(id, new RemoveListingEarlyRequest(Removal.Reason, Removal.RestrictionsEnded, Removal.PenaltyFulfilled, Removal.HarmRemedied), cancellationToken))
                .Map(changed => Done(changed.Listing, changed.Assessment)), cancellationToken);

    public Task<IActionResult> OnPostRevocationAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync(id, Step.Revocation, nameof(Revocation), typeof(ListingRevocationInput), async () =>
            (await revoke.HandleAsync(id, new RevokeListingRequest(Revocation.Reason), cancellationToken))
                .Map(changed => Done(changed.Listing, changed.Assessment)), cancellationToken);

    /// <summary>
    /// Calls a step's handler once the listing is known to be in scope (another region's stays a 404, whatever the
    /// form says); a failure shows the page again with the step's form open and its messages.
    /// </summary>
    private async Task<IActionResult> PostAsync(Guid id, Step step, string prefix, Type inputType, Func<Task<Outcome<ListingView>>> handle, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Failed = step;
        if (ModelState.ReplaceUnboundValues(prefix))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await handle();
        if (outcome.IsSuccess)
        {
            return Redirect(CreditRoutes.Listing(id) + "#history");
        }

        var failed = this.Failed(outcome, inputType, prefix);
        if (failed is not PageResult)
        {
            return failed;
        }

        // The page shows the listing as it stands after the refusal.
        var status = Response.StatusCode;
        await LoadAsync(id, cancellationToken);
        Response.StatusCode = status;
        return failed;
    }

    /// <summary>The notice after a step, with the firm's grade when the step scored it again.</summary>
    private ListingView Done(ListingView listing, AssessmentView? assessment)
    {
        TempData["zhixin.notice"] = assessment is null
            ? CreditText.Format("ListingPage.Done", listing.StatusName)
            : CreditText.Format("ListingPage.DoneGraded", listing.StatusName, assessment.GradeName);
        return listing;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await get.HandleAsync(id, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return false;
        }

        Listing = outcome.Value!;
        if (Listing.GroundRecordIds.Count > 0)
        {
            var file = await files.HandleAsync(Listing.CreditCode, cancellationToken);
            GroundRecords = file.IsSuccess ? [.. file.Value!.Records.Where(r => Listing.GroundRecordIds.Contains(r.Id))] : [];
        }

        return true;
    }
}
