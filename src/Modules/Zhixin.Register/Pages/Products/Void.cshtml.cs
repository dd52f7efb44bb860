using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Register.Features;
using Zhixin.Register.Features.GetProduct;
using Zhixin.Register.Features.VoidEnterprise;
using Zhixin.Register.Features.VoidProduct;

namespace Zhixin.Register.Pages.Products;

/// <summary>The confirmation step of voiding a product, a page of its own so it carries the write policy.</summary>
[Authorize(Policy = Policies.RegisterWrite)]
internal sealed class ProductVoidModel(GetProductHandler get, VoidProductHandler voids) : PageModel
{
    public ProductResponse Product { get; private set; } = null!;

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await get.HandleAsync(id, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return this.Failed(outcome, GetType());
        }

        Product = outcome.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await get.HandleAsync(id, cancellationToken);
        if (!found.IsSuccess)
        {
            return this.Failed(found, GetType());
        }

        Product = found.Value!;
        var outcome = await voids.HandleAsync(id, new VoidRequest(Reason), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return this.Failed(outcome, GetType());
        }

        TempData["zhixin.notice"] = RegisterText.Format("Product.Voided", Product.Name);
        return Redirect(RegisterRoutes.Products);
    }
}
