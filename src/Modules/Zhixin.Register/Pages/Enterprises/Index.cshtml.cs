using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Register.Domain;
using Zhixin.Register.Features;
using Zhixin.Register.Features.SearchEnterprises;

namespace Zhixin.Register.Pages.Enterprises;

/// <summary>
/// 企业名录: a search of the register through <see cref="SearchEnterprisesHandler"/>. The rows are a
/// fragment of their own (the Rows handler) that htmx swaps in while the user types or filters; the
/// handler also tells htmx the full-page address of the query, so the address bar and back button work.
/// </summary>
[Authorize(Policy = Policies.RegisterRead)]
internal sealed class EnterpriseListModel(SearchEnterprisesHandler search, ICallerContext callers, IAuthorizationService authorization) : PageModel
{
    public const string RowsTarget = "#enterprise-rows";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Industry { get; set; }

    [BindProperty(SupportsGet = true)]
    public EnterpriseStatus? Status { get; set; }

    /// <summary>"p", because Razor Pages keeps the route value "page" for the page's own name.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Zhixin.Platform.Web.Page<EnterpriseSummary> Results { get; private set; } = new([], 1, SearchEnterprisesRequest.DefaultPageSize, 0);

    public IReadOnlyList<RegionChoice> Regions { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public Pager Pager => new(Results.PageNumber, Results.PageCount, Results.Total, ListUrl, RowsUrl, RowsTarget);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await SearchAsync(cancellationToken);
        Regions = RegionChoices.For(callers.Current);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.RegisterWrite)).Succeeded;
        return Page();
    }

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken)
    {
        await SearchAsync(cancellationToken);
        Response.Headers["HX-Push-Url"] = ListUrl(Results.PageNumber);
        return Partial("_EnterpriseRows", this);
    }

    public string ListUrl(int page) => RegisterRoutes.Enterprises + QueryString.Create(Filters(page));

    public string RowsUrl(int page) => RegisterRoutes.Enterprises + QueryString.Create([new("handler", "Rows"), .. Filters(page)]);

    /// <summary>The export endpoint takes the same filters, so the file holds what the list shows.</summary>
    public string ExportUrl(string format) => RegisterRoutes.ApiEnterpriseExport + QueryString.Create([new("format", format), .. Filters(null)]);

    private async Task SearchAsync(CancellationToken cancellationToken)
    {
        var outcome = await search.HandleAsync(new SearchEnterprisesRequest(Q, Region, Industry, Status, Page: PageNumber), cancellationToken);
        if (outcome.IsSuccess)
        {
            Results = outcome.Value!;
        }
        else
        {
            ModelState.AddFieldErrors(outcome.Errors, GetType());
        }
    }

    private List<KeyValuePair<string, string?>> Filters(int? page)
    {
        var filters = new List<KeyValuePair<string, string?>>
        {
            new("q", Q), new("region", Region), new("industry", Industry), new("status", Status?.ToString()),
            new("p", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        };
        return [.. filters.Where(f => !string.IsNullOrWhiteSpace(f.Value))];
    }
}
