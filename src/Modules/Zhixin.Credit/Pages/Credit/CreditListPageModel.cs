using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Pages.Support;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>
/// A filtered, paged list of the credit pages: the region and code filters every list has, the page number, and both
/// addresses of the current query (the full page and the rows fragment htmx swaps into <paramref name="rowsTarget"/>),
/// so the pager, the address bar and the back button agree.
/// </summary>
/// <param name="path">The page's route.</param>
/// <param name="rowsTarget">The element the rows fragment replaces.</param>
internal abstract class CreditListPageModel(string path, string rowsTarget) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    /// <summary>"p", because Razor Pages keeps the route value "page" for the page's own name.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public string ListUrl(int page) => path + QueryString.Create(Query(page));

    public string RowsUrl(int page) => path + QueryString.Create([new("handler", "Rows"), .. Query(page)]);

    protected Pager PagerOf(int page, int pageSize, int total) =>
        new(page, Math.Max(1, (int)Math.Ceiling(total / (double)pageSize)), total, ListUrl, RowsUrl, rowsTarget);

    /// <summary>The page's own filters, before the region and the code, as query parameters; empty ones are left out of the addresses.</summary>
    protected abstract IEnumerable<KeyValuePair<string, string?>> Filters();

    /// <summary>The rows alone (400 when the handler refused the filters), with the full-page address for htmx to push.</summary>
    protected PartialViewResult RowsFragment(string partialName, bool found, int page)
    {
        if (!found)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Response.Headers["HX-Push-Url"] = ListUrl(page);
        return Partial(partialName, this);
    }

    private List<KeyValuePair<string, string?>> Query(int page) =>
        [.. Filters()
            .Append(new("region", Region)).Append(new("q", Q))
            .Append(new("p", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null))
            .Where(f => !string.IsNullOrWhiteSpace(f.Value))];
}
