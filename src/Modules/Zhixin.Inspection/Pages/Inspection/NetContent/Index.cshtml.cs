using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.ListNetContentChecks;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;

namespace Zhixin.Inspection.Pages.Inspection.NetContent;

/// <summary>净含量检验: the checks in the caller's scope through <see cref="ListNetContentChecksHandler"/>, filtered and paged.</summary>
[Authorize(Policy = Policies.InspectionRead)]
internal sealed class NetContentListModel(ListNetContentChecksHandler list, IAuthorizationService authorization) : PageModel
{
    public const string RowsTarget = "#check-rows";
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public Verdict? Verdict { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Zhixin.Platform.Web.Page<NetContentCheckSummary> Results { get; private set; } = new([], 1, PageSize, 0);

    public bool CanWrite { get; private set; }

    public Pager Pager => new(Results.PageNumber, Results.PageCount, Results.Total, ListUrl, RowsUrl, RowsTarget);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Results = await SearchAsync(cancellationToken);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.InspectionWrite)).Succeeded;
    }

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken)
    {
        Results = await SearchAsync(cancellationToken);
        Response.Headers["HX-Push-Url"] = ListUrl(Results.PageNumber);
        return Partial("_CheckRows", this);
    }

    public string ListUrl(int page) => InspectionRoutes.NetContent + QueryString.Create(Filters(page));

    public string RowsUrl(int page) => InspectionRoutes.NetContent + QueryString.Create([new("handler", "Rows"), .. Filters(page)]);

    private Task<Zhixin.Platform.Web.Page<NetContentCheckSummary>> SearchAsync(CancellationToken cancellationToken) =>
        list.HandleAsync(new ListNetContentChecksRequest(Q, Verdict, Region?.Trim(), Year, null, PageNumber, PageSize), cancellationToken);

    private List<KeyValuePair<string, string?>> Filters(int page)
    {
        var filters = new List<KeyValuePair<string, string?>>
        {
            new("q", Q), new("verdict", Verdict?.ToString()), new("region", Region), new("year", Year?.ToString(CultureInfo.InvariantCulture)),
            new("p", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null),
        };
        return [.. filters.Where(f => !string.IsNullOrWhiteSpace(f.Value))];
    }
}
