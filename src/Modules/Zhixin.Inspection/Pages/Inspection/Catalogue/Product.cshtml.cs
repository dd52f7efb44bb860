using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.ListCatalogue;
using Zhixin.Inspection.Features.SaveCatalogueProduct;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;

namespace Zhixin.Inspection.Pages.Inspection.Catalogue;

/// <summary>Adds a product to an edition or changes one; only the issuing region's officials reach the form.</summary>
[Authorize(Policy = Policies.InspectionWrite)]
internal sealed class CatalogueProductModel(ListCatalogueHandler list, SaveCatalogueProductHandler save) : PageModel
{
    public string EditionCode { get; private set; } = "";

    public string? EditionName { get; private set; }

    public bool IsNew { get; private set; }

    [BindProperty]
    public CatalogueProductInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string edition, string code, CancellationToken cancellationToken)
    {
        var catalogue = await list.HandleAsync(new ListCatalogueRequest(edition, null, null, null), cancellationToken);
        if (catalogue.Edition is null)
        {
            return NotFound();
        }

        EditionCode = edition;
        EditionName = catalogue.Edition.Name;
        IsNew = code == "new";
        if (IsNew)
        {
            Input = new CatalogueProductInput { RiskLevel = RiskLevel.General };
            return Page();
        }

        var product = catalogue.Products.FirstOrDefault(p => p.Code == code);
        if (product is null)
        {
            return NotFound();
        }

        Input = new CatalogueProductInput
        {
            Code = product.Code,
            CategoryCode = product.CategoryCode,
            CategoryName = product.CategoryName,
            Name = product.Name,
            RiskLevel = product.RiskLevel,
            IndustryCodes = string.Join(", ", product.IndustryCodes),
            TestItems = string.Join('\n', product.TestItems),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string edition, string code, CancellationToken cancellationToken)
    {
        EditionCode = edition;
        IsNew = code == "new";
        var productCode = IsNew ? Input.Code?.Trim() ?? "" : code;
        var outcome = await save.HandleAsync(edition, productCode, new SaveCatalogueProductRequest(
            Input.CategoryCode, Input.CategoryName, Input.Name, Input.RiskLevel,
            (Input.IndustryCodes ?? "").Split([',', '，', ' ', '、'], StringSplitOptions.RemoveEmptyEntries),
            (Input.TestItems ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return this.Failed(outcome, typeof(CatalogueProductInput), nameof(Input));
        }

        return Redirect($"{InspectionRoutes.Catalogue}?edition={Uri.EscapeDataString(edition)}");
    }
}

internal sealed class CatalogueProductInput
{
    public string? Code { get; set; }

    public string? CategoryCode { get; set; }

    public string? CategoryName { get; set; }

    public string? Name { get; set; }

    public RiskLevel? RiskLevel { get; set; }

    public string? IndustryCodes { get; set; }

    public string? TestItems { get; set; }
}
