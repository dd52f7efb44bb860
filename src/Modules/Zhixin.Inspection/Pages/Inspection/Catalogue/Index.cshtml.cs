using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.AdaptEdition;
using Zhixin.Inspection.Features.ListCatalogue;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Pages.Inspection.Catalogue;

/// <summary>重点监管产品目录: one edition's products by category and risk, and adapting an edition for the caller's region.</summary>
[Authorize(Policy = Policies.InspectionRead)]
internal sealed class CatalogueModel(
    ListCatalogueHandler list, AdaptEditionHandler adapt, ICallerContext caller, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Edition { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public RiskLevel? Risk { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public AdaptInput Input { get; set; } = new();

    public CatalogueResponse Catalogue { get; private set; } = new([], null, []);

    public bool CanEdit { get; private set; }

    public bool CanAdapt { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = new AdaptInput
        {
            BasedOn = Catalogue.Edition?.Code,
            EffectiveFrom = ChinaTime.Today(clock),
            Code = User.FindFirst(ZhixinClaims.Region)?.Value is { } region ? $"{region}-{ChinaTime.Today(clock).Year}" : null,
        };
    }

    public async Task<IActionResult> OnPostAdaptAsync(CancellationToken cancellationToken)
    {
        var outcome = await adapt.HandleAsync(
            new AdaptEditionRequest(Input.BasedOn, Input.Code, Input.Name, Input.EffectiveFrom, null, Input.Source), cancellationToken);
        if (!outcome.IsSuccess)
        {
            Edition = Input.BasedOn;
            await LoadAsync(cancellationToken);
            return this.Failed(outcome, typeof(AdaptInput), nameof(Input));
        }

        return Redirect($"{InspectionRoutes.Catalogue}?edition={Uri.EscapeDataString(outcome.Value!.Code)}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Catalogue = await list.HandleAsync(new ListCatalogueRequest(Edition, Category, Risk, Q), cancellationToken);
        var writer = await this.MayAsync(authorization, Policies.InspectionWrite);
        CanEdit = writer && Catalogue.Edition is { } edition && InspectionAccess.Manages(caller.Current, edition.IssuerRegionCode);
        CanAdapt = writer && caller.Current.RegionCode is { } own && Catalogue.Editions.All(e => e.IssuerRegionCode != own);
    }
}

internal sealed class AdaptInput
{
    public string? BasedOn { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public DateOnly? EffectiveFrom { get; set; }

    public string? Source { get; set; }
}
