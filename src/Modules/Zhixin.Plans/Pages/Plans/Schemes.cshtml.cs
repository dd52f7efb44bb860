using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Plans.Assessment;
using Zhixin.Plans.Features.ManageSchemes;

namespace Zhixin.Plans.Pages.Plans;

/// <summary>考核方案: every version of every scoring scheme; a regulator adds a version by editing the latest one's JSON.</summary>
[Authorize(Policy = Policies.PlansRead)]
internal sealed class SchemesModel(ManageSchemesHandler schemes, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<SchemeVersionView> Versions { get; private set; } = [];

    public bool CanEdit { get; private set; }

    [BindProperty]
    public SchemeInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.Scheme = Versions.Count > 0 ? AssessmentSchemeJson.Write(Versions[0].Scheme) : AssessmentSchemeJson.Write(AssessmentSchemeJson.LoadDefault());
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.PlansWrite)).Succeeded)
        {
            return Forbid();
        }

        var outcome = await schemes.AddVersionAsync(Input.Scheme ?? "", cancellationToken);
        if (outcome.IsSuccess)
        {
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        foreach (var (_, message) in outcome.Errors.All)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(SchemeInput.Scheme)}", message);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Versions = await schemes.ListAsync(cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.PlansWrite)).Succeeded;
    }

    internal sealed class SchemeInput
    {
        public string? Scheme { get; set; }
    }
}
