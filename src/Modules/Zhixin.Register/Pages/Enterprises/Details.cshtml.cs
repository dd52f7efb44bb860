using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Events;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Register.Features;
using Zhixin.Register.Features.GetEnterprise;
using Zhixin.Register.Features.SearchProducts;

namespace Zhixin.Register.Pages.Enterprises;

/// <summary>One enterprise with its products. Outside the caller's region it does not exist (404), as in the API.</summary>
[Authorize(Policy = Policies.RegisterRead)]
/// <remarks>Its quality events (a failed spot check …) come from the modules above through the platform's enterprise event log.</remarks>
internal sealed class EnterpriseDetailsModel(
    GetEnterpriseHandler get, SearchProductsHandler products, IEnterpriseEventLog events, IAuthorizationService authorization) : PageModel
{
    /// <summary>As many products as a detail page lists; the product list, filtered by producer, has the rest.</summary>
    public const int ProductsShown = 50;

    public EnterpriseResponse Enterprise { get; private set; } = null!;

    public Zhixin.Platform.Web.Page<ProductSummary> Products { get; private set; } = new([], 1, ProductsShown, 0);

    public IReadOnlyList<EnterpriseEventView> Events { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await get.ByIdAsync(id, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return this.Failed(outcome, typeof(EnterpriseInput));
        }

        Enterprise = outcome.Value!;
        var found = await products.HandleAsync(new SearchProductsRequest(ProducerId: id, PageSize: ProductsShown), cancellationToken);
        if (found.IsSuccess)
        {
            Products = found.Value!;
        }

        Events = await events.ListAsync(Enterprise.CreditCode, cancellationToken);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.RegisterWrite)).Succeeded;
        return Page();
    }
}
