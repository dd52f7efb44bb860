using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Register.Features;
using Zhixin.Register.Features.GetProduct;

namespace Zhixin.Register.Pages.Products;

[Authorize(Policy = Policies.RegisterRead)]
internal sealed class ProductDetailsModel(GetProductHandler get, IAuthorizationService authorization) : PageModel
{
    public ProductResponse Product { get; private set; } = null!;

    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await get.HandleAsync(id, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return this.Failed(outcome, typeof(ProductInput));
        }

        Product = outcome.Value!;
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.RegisterWrite)).Succeeded;
        return Page();
    }
}
