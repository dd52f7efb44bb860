using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Register.Data;
using Zhixin.Register.Features.CreateProduct;
using Zhixin.Register.Features.GetProduct;
using Zhixin.Register.Features.ListReferenceData;
using Zhixin.Register.Features.UpdateProduct;

namespace Zhixin.Register.Pages.Products;

/// <summary>The product form behind New.cshtml (create) and Edit.cshtml (edit), as for enterprises.</summary>
[Authorize(Policy = Policies.RegisterWrite)]
internal sealed class ProductEditModel(
    GetProductHandler get,
    CreateProductHandler create,
    UpdateProductHandler update,
    RegisterDbContext db) : PageModel
{
    [BindProperty]
    public ProductInput Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public bool IsNew => Id is null;

    public IReadOnlyList<ProductCategoryResponse> Categories { get; private set; } = [];

    /// <param name="producer">Prefills the producer when the form is opened from an enterprise's page.</param>
    public async Task<IActionResult> OnGetAsync(Guid? id, string? producer, CancellationToken cancellationToken)
    {
        Id = id;
        await LoadCategoriesAsync(cancellationToken);
        if (id is null)
        {
            Input.ProducerCreditCode = producer;
            return Page();
        }

        var outcome = await get.HandleAsync(id.Value, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return this.Failed(outcome, typeof(ProductInput), nameof(Input));
        }

        Input = ProductInput.From(outcome.Value!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        await LoadCategoriesAsync(cancellationToken);
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
            return this.Failed(outcome, typeof(ProductInput), nameof(Input));
        }

        TempData["zhixin.notice"] = RegisterText.Format("Product.Saved", outcome.Value!.Name);
        return Redirect(RegisterRoutes.Product(outcome.Value.Id));
    }

    private async Task LoadCategoriesAsync(CancellationToken cancellationToken) =>
        Categories = (await ListReferenceDataEndpoint.CategoriesAsync(db, cancellationToken)).Value ?? [];
}
