using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Register.Features.CreateEnterprise;
using Zhixin.Register.Features.GetEnterprise;
using Zhixin.Register.Features.UpdateEnterprise;

namespace Zhixin.Register.Pages.Enterprises;

/// <summary>
/// The enterprise form behind two addresses: New.cshtml (create, no id) and Edit.cshtml (edit, id in the
/// route), because a Razor page has one route. It calls the handlers the API calls and shows their errors.
/// </summary>
[Authorize(Policy = Policies.RegisterWrite)]
internal sealed class EnterpriseEditModel(
    GetEnterpriseHandler get,
    CreateEnterpriseHandler create,
    UpdateEnterpriseHandler update,
    ICallerContext callers) : PageModel
{
    [BindProperty]
    public EnterpriseInput Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public bool IsNew => Id is null;

    public IReadOnlyList<RegionChoice> Regions => RegionChoices.For(callers.Current);

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is null)
        {
            return Page();
        }

        var outcome = await get.ByIdAsync(id.Value, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return this.Failed(outcome, typeof(EnterpriseInput), nameof(Input));
        }

        Input = EnterpriseInput.From(outcome.Value!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is null && Input.CheckOverride && string.IsNullOrWhiteSpace(Input.CheckOverrideReason))
        {
            // The box alone admits nothing: the handler needs the reason it writes to the audit log.
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.CheckOverrideReason)}", RegisterText.Get("Enterprise.CheckOverrideReasonRequired"));
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = id is null
            ? await create.HandleAsync(Input.ToCreateRequest(), cancellationToken)
            : await update.HandleAsync(id.Value, Input.ToUpdateRequest(), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return this.Failed(outcome, typeof(EnterpriseInput), nameof(Input));
        }

        TempData["zhixin.notice"] = RegisterText.Format("Enterprise.Saved", outcome.Value!.Name);
        return Redirect(RegisterRoutes.Enterprise(outcome.Value.Id));
    }
}
