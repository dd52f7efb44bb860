using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Pages.Inspection;

/// <summary>
/// A filtered, paged list of the module: the full page on GET, the rows alone for htmx (a Rows handler), and both
/// addresses of the current query, so the pager, the address bar and the back button agree.
/// </summary>
/// <param name="path">The page's route.</param>
/// <param name="rowsTarget">The element the rows fragment replaces.</param>
internal abstract class ListPageModel<T>(string path, string rowsTarget) : PageModel
{
    public const int PageSize = 50;

    /// <summary>"p", because Razor Pages keeps the route value "page" for the page's own name.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Page<T> Results { get; protected set; } = new([], 1, PageSize, 0);

    /// <summary>The caller may record (the list then offers its buttons).</summary>
    public bool CanWrite { get; protected set; }

    public Pager Pager => new(Results.PageNumber, Results.PageCount, Results.Total, ListUrl, RowsUrl, rowsTarget);

    public string ListUrl(int page) => path + QueryString.Create(Query(page));

    public string RowsUrl(int page) => path + QueryString.Create([new("handler", "Rows"), .. Query(page)]);

    /// <summary>The filters as query parameters; empty ones are left out of the addresses.</summary>
    protected abstract IEnumerable<KeyValuePair<string, string?>> Filters();

    /// <summary>The rows alone, with the full-page address for htmx to push.</summary>
    protected PartialViewResult Rows(string partialName)
    {
        Response.Headers["HX-Push-Url"] = ListUrl(Results.PageNumber);
        return Partial(partialName, this);
    }

    private List<KeyValuePair<string, string?>> Query(int page) =>
        [.. Filters().Append(new("p", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null)).Where(f => !string.IsNullOrWhiteSpace(f.Value))];
}
