using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Features.GetCreditFile;
using Zhixin.Credit.Features.ProposeListing;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>A proposal as the form sends it; the names are those the handler gives its errors.</summary>
internal sealed class ProposeListingInput
{
    public string? Kind { get; set; }

    public string? Grounds { get; set; }

    public List<Guid> GroundRecordIds { get; set; } = [];

    public string? LegalBasis { get; set; }
}

/// <summary>
/// 提名列入: proposes the firm given by ?code= for the red or black list through <see cref="ProposeListingHandler"/>
/// (the API's handler), with the grounds, the records of its file they rest on and the legal basis. Without a code
/// it asks for one; a firm outside the caller's scope is not found.
/// </summary>
[Authorize(Policy = Policies.CreditWrite)]
internal sealed class CreditNewListingModel(GetCreditFileHandler files, ProposeListingHandler propose) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public ProposeListingInput Input { get; set; } = new();

    /// <summary>The firm's file, once a code in the caller's scope is given.</summary>
    public CreditFileView? CreditFile { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            return Page();
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFoundPage();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Code) || !await LoadAsync(cancellationToken))
        {
            return NotFoundPage();
        }

        var outcome = await propose.HandleAsync(
            new ProposeListingRequest(CreditFile!.CreditCode, Input.Kind, Input.Grounds, Input.GroundRecordIds, Input.LegalBasis), cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = CreditText.Format("Propose.Notice", outcome.Value!.KindName);
            return Redirect(CreditRoutes.Listing(outcome.Value.Id));
        }

        return this.Failed(outcome, typeof(ProposeListingInput), nameof(Input));
    }

    /// <summary>The code form again, saying the firm is not found (or not in the caller's region), as a 404.</summary>
    private PageResult NotFoundPage()
    {
        CreditFile = null;
        ModelState.AddModelError(nameof(Code), CreditText.Format("File.NotFound", Code?.Trim() ?? ""));
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var outcome = await files.HandleAsync(Code!, cancellationToken);
        CreditFile = outcome.Value;
        return outcome.IsSuccess;
    }
}
