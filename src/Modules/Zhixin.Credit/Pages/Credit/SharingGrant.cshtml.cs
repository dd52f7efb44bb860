using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Features.ManageSharingGrants;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>The revoke form: why, and the box that confirms the token is to stop working.</summary>
internal sealed class RevokeGrantInput
{
    public string? Reason { get; set; }

    public bool Confirm { get; set; }
}

/// <summary>
/// One grant (信息共享授权) with the reads made with it, from the audit log through <see cref="ListGrantReadsHandler"/>
/// (filtered by outcome, paged, with the reads per day as a chart), and the revoke form, which calls the API's
/// <see cref="ListSharingGrantsHandler"/> once its confirmation box is ticked. Another region's grant is 404.
/// </summary>
[Authorize(Policy = Policies.CreditShareAdminister)]
internal sealed class CreditSharingGrantModel(ListGrantReadsHandler reads, ListSharingGrantsHandler grants) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Outcome { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public RevokeGrantInput Revocation { get; set; } = new();

    public ListGrantReadsResponse Reads { get; private set; } = null!;

    public string ChartJson { get; private set; } = "{}";

    /// <summary>The revoke form starts open after a failed post, so its messages are seen.</summary>
    public bool RevokeFailed { get; private set; }

    public const string ReadsTarget = "#read-rows";

    public Pager Pager => new(
        Reads.Page, Math.Max(1, (int)Math.Ceiling(Reads.Total / (double)Reads.PageSize)), Reads.Total,
        page => CreditRoutes.SharingGrant(Reads.Grant.Id) + QueryString.Create(Query(page)) + "#reads",
        page => CreditRoutes.SharingGrant(Reads.Grant.Id) + QueryString.Create([new("handler", "Reads"), .. Query(page)]),
        ReadsTarget);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await SearchAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnGetReadsAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await SearchAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        Response.Headers["HX-Push-Url"] = CreditRoutes.SharingGrant(id) + QueryString.Create(Query(Reads.Page));
        return Partial("_GrantReads", this);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        // The grant must be the caller's before anything is said about the form, so another region's stays a 404.
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        RevokeFailed = true;
        if (!Revocation.Confirm)
        {
            ModelState.AddModelError($"{nameof(Revocation)}.{nameof(RevokeGrantInput.Confirm)}", CreditText.Get("Page.Sharing.RevokeConfirmRequired"));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await grants.RevokeAsync(id, new RevokeSharingGrantRequest(Revocation.Reason), cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = CreditText.Format("Page.Sharing.Revoked", outcome.Value!.DepartmentName, outcome.Value.TokenHint);
            return Redirect(CreditRoutes.SharingGrant(id));
        }

        return this.Failed(outcome, typeof(RevokeGrantInput), nameof(Revocation));
    }

    private List<KeyValuePair<string, string?>> Query(int page) =>
        [.. new KeyValuePair<string, string?>[]
        {
            new("outcome", Outcome), new("p", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null),
        }.Where(f => !string.IsNullOrWhiteSpace(f.Value))];

    /// <summary>
    /// The grant and the reads the filter asks for: null when the grant is not the caller's; false, with the message beside
    /// the filter and the reads unfiltered (400), when the filter is unknown.
    /// </summary>
    private async Task<bool?> SearchAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await reads.HandleAsync(id, Outcome, Math.Max(PageNumber, 1), PageSize, cancellationToken);
        if (outcome.IsSuccess)
        {
            Show(outcome.Value!);
            return true;
        }

        if (outcome.Kind == Platform.Web.OutcomeKind.NotFound)
        {
            return null;
        }

        ModelState.AddFieldErrors(outcome.Errors, GetType());
        Outcome = null;
        PageNumber = 1;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await LoadAsync(id, cancellationToken) ? false : null;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await reads.HandleAsync(id, Outcome, Math.Max(PageNumber, 1), PageSize, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return false;
        }

        Show(outcome.Value!);
        return true;
    }

    private void Show(ListGrantReadsResponse response)
    {
        Reads = response;
        ChartJson = CreditCharts.ReadsPerDay(response.PerDay);
    }
}
