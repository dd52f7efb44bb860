using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.ListPublicResults;
using Zhixin.Platform.Pages.Support;

namespace Zhixin.Inspection.Pages.Inspection.Public;

/// <summary>
/// 抽查结果公示: the published results for everyone, signed in or not, through <see cref="ListPublicResultsHandler"/>
/// (the handler of the public API). The rows are a fragment of their own for paging with htmx; the chart counts the
/// passed and failed batches of the whole filter.
/// </summary>
[AllowAnonymous]
internal sealed class PublicResultsModel(ListPublicResultsHandler list) : PageModel
{
    public const string RowsTarget = "#public-rows";

    public const int PageSize = 50;

    private static readonly string[] Ring = ["40%", "70%"];

    [BindProperty(SupportsGet = true)]
    public string? Product { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public Verdict? Verdict { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Firm { get; set; }

    /// <summary>"p", because Razor Pages keeps the route value "page" for the page's own name.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PublicResultsPage Results { get; private set; } = new([], 1, PageSize, 0, 0, 0);

    public IReadOnlyList<(string Code, string Name)> Products { get; private set; } = [];

    public Pager Pager => new(Results.PageNumber, Results.PageCount, Results.Total, ListUrl, RowsUrl, RowsTarget);

    /// <summary>An ECharts pie of the passed and failed batches in the filter, written into the page as JSON (Razor encodes it).</summary>
    public string ChartJson => JsonSerializer.Serialize(new
    {
        tooltip = new { trigger = "item", formatter = "{b}: {c} ({d}%)" },
        legend = new { bottom = 0 },
        series = new[]
        {
            new
            {
                type = "pie",
                radius = Ring,
                data = new[]
                {
                    new { name = InspectionText.Get("Public.Passed"), value = Results.Passed, itemStyle = new { color = "#2e7d4f" } },
                    new { name = InspectionText.Get("Public.Failed"), value = Results.Failed, itemStyle = new { color = "#c0392b" } },
                },
            },
        },
    });

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await SearchAsync(cancellationToken);
        Products = await list.ProductsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken)
    {
        await SearchAsync(cancellationToken);
        Response.Headers["HX-Push-Url"] = ListUrl(Results.PageNumber);
        return Partial("_PublicRows", this);
    }

    public string ListUrl(int page) => InspectionRoutes.PublicResults + QueryString.Create(Filters(page));

    public string RowsUrl(int page) => InspectionRoutes.PublicResults + QueryString.Create([new("handler", "Rows"), .. Filters(page)]);

    private async Task SearchAsync(CancellationToken cancellationToken) =>
        Results = await list.HandleAsync(new ListPublicResultsRequest(Product, Region, Verdict, Year, Firm, PageNumber, PageSize), cancellationToken);

    private List<KeyValuePair<string, string?>> Filters(int page)
    {
        var filters = new List<KeyValuePair<string, string?>>
        {
            new("product", Product), new("region", Region), new("verdict", Verdict?.ToString()),
            new("year", Year?.ToString(CultureInfo.InvariantCulture)), new("firm", Firm),
            new("p", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null),
        };
        return [.. filters.Where(f => !string.IsNullOrWhiteSpace(f.Value))];
    }
}
