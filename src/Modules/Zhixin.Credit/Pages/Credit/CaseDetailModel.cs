using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Features;
using Zhixin.Credit.Features.GetCreditFile;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>The decision form of a case: the outcome and the reasons, named as the decision handlers name their fields.</summary>
internal sealed class DecideInput
{
    public string? Outcome { get; set; }

    public string? Reasons { get; set; }
}

/// <summary>
/// One case (异议 or 信用修复) through the API's get handler, with the listing or record it targets read from the
/// firm's file (so within the caller's scope), its deadline and history; for a regulator while it is open, the
/// decision form, which calls the API's decision handler and redirects to the case on success (Post-Redirect-Get).
/// </summary>
[Authorize(Policy = Policies.CreditRead)]
internal abstract class CaseDetailModel(GetCreditFileHandler files, IAuthorizationService authorization, CaseKind kind) : PageModel
{
    [BindProperty]
    public DecideInput Input { get; set; } = new();

    public ICaseView Case { get; private set; } = null!;

    public ListingView? TargetListing { get; private set; }

    public CreditRecordView? TargetRecord { get; private set; }

    /// <summary>A regulator, and the case still open: the decision form shows.</summary>
    public bool CanDecide { get; private set; }

    public CaseKind Kind { get; } = kind;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await this.MayAsync(authorization, Policies.CreditWrite))
        {
            return Forbid();
        }

        // The case must be in scope before anything is said about the form, so another region's case stays a 404.
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await DecideAsync(id, Input, cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = CreditText.Format("Page.Cases.DecidedNotice", outcome.Value!.StatusName);
            return Redirect(Kind.Case(id));
        }

        return this.Failed(outcome, typeof(DecideInput), nameof(Input));
    }

    /// <summary>The case from the API's get handler; not found outside the caller's scope.</summary>
    protected abstract Task<Outcome<ICaseView>> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The API's decision handler; the case as decided.</summary>
    protected abstract Task<Outcome<ICaseView>> DecideAsync(Guid id, DecideInput input, CancellationToken cancellationToken);

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await GetAsync(id, cancellationToken);
        if (!found.IsSuccess)
        {
            return false;
        }

        Case = found.Value!;
        var file = await files.HandleAsync(Case.CreditCode, cancellationToken);
        if (file.IsSuccess)
        {
            TargetListing = file.Value!.Listings.FirstOrDefault(l => l.Id == Case.ListingId);
            TargetRecord = file.Value.Records.FirstOrDefault(r => r.Id == Case.RecordId);
        }

        CanDecide = Case.DecidedOn is null && await this.MayAsync(authorization, Policies.CreditWrite);
        return true;
    }
}
