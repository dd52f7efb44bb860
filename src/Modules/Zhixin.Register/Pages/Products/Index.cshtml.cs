using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Register.Data;
using Zhixin.Register.Features;
using Zhixin.Register.Features.ListReferenceData;
using Zhixin.Register.Features.SearchProducts;

namespace Zhixin.Register.Pages.Products;

/// <summary>Products of the register through <see cref="SearchProductsHandler"/>, with the rows as an htmx fragment like the enterprise list.</summary>
[Authorize(Policy = Policies.RegisterRead)]
internal sealed class ProductListModel(SearchProductsHandler search, RegisterDbContext db, IAuthorizationService authorization) : PageModel
{
    public const string RowsTarget = "#product-rows";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Producer { get; set; }

    /// <summary>"p", because Razor Pages keeps the route value "page" for the page's own name.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Zhixin.Platform.Web.Page<ProductSummary> Results { get; private set; } = new([], 1, 20, 0);

    public IReadOnlyList<ProductCategoryResponse> Categories { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public Pager Pager => new(Results.PageNumber, Results.PageCount, Results.Total, ListUrl, RowsUrl, RowsTarget);

    public string? CategoryName(string code) => Categories.FirstOrDefault(c => c.Code == code)?.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await SearchAsync(cancellationToken);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.RegisterWrite)).Succeeded;
        return Page();
    }

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken)
    {
        await SearchAsync(cancellationToken);
        Response.Headers["HX-Push-Url"] = ListUrl(Results.PageNumber);
        return Partial("_ProductRows", this);
    }

    public string ListUrl(int page) => RegisterRoutes.Products + QueryString.Create(Filters(page));

    public string RowsUrl(int page) => RegisterRoutes.Products + QueryString.Create([new("handler", "Rows"), .. Filters(page)]);

    private async Task SearchAsync(CancellationToken cancellationToken)
    {
        Categories = (await ListReferenceDataEndpoint.CategoriesAsync(db, cancellationToken)).Value ?? [];
        var outcome = await search.HandleAsync(new SearchProductsRequest(Q, Producer, Category: Category, Page: PageNumber), cancellationToken);
        if (outcome.IsSuccess)
        {
            Results = outcome.Value!;
        }
        else
        {
            // The handler names the producer filter producerCreditCode; the form calls it producer.
            foreach (var (_, message) in outcome.Errors.All)
            {
                ModelState.AddModelError(nameof(Producer), message);
            }
        }
    }

    private List<KeyValuePair<string, string?>> Filters(int page)
    {
        var filters = new List<KeyValuePair<string, string?>>
        {
            new("q", Q), new("category", Category), new("producer", Producer),
            new("p", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        };
        return [.. filters.Where(f => !string.IsNullOrWhiteSpace(f.Value))];
    }
}
