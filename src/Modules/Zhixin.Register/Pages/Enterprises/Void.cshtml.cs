using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Register.Features;
using Zhixin.Register.Features.GetEnterprise;
using Zhixin.Register.Features.VoidEnterprise;

namespace Zhixin.Register.Pages.Enterprises;

/// <summary>
/// Voiding is a page of its own, not a handler of the details page: the write policy can only be put on a
/// page model, and the page is the confirmation step, asking for the reason the record keeps.
/// </summary>
[Authorize(Policy = Policies.RegisterWrite)]
internal sealed class EnterpriseVoidModel(GetEnterpriseHandler get, VoidEnterpriseHandler voids) : PageModel
{
    public EnterpriseResponse Enterprise { get; private set; } = null!;

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await get.ByIdAsync(id, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return this.Failed(outcome, GetType());
        }

        Enterprise = outcome.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await get.ByIdAsync(id, cancellationToken);
        if (!found.IsSuccess)
        {
            return this.Failed(found, GetType());
        }

        Enterprise = found.Value!;
        var outcome = await voids.HandleAsync(id, new VoidRequest(Reason), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return this.Failed(outcome, GetType());
        }

        TempData["zhixin.notice"] = RegisterText.Format("Enterprise.Voided", Enterprise.Name);
        return Redirect(RegisterRoutes.Enterprises);
    }
}
