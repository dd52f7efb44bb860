using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.ListBatches;
using Zhixin.Inspection.Features.ListSpotCheckPlans;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;

namespace Zhixin.Inspection.Pages.Inspection.Batches;

/// <summary>
/// 抽样与检验: the batches in the caller's scope through <see cref="ListBatchesHandler"/>, filtered and paged; the rows
/// are a fragment of their own (the Rows handler) that htmx swaps in when a filter changes.
/// </summary>
[Authorize(Policy = Policies.InspectionRead)]
internal sealed class BatchListModel(ListBatchesHandler list, ListSpotCheckPlansHandler plans, IAuthorizationService authorization) : PageModel
{
    public const string RowsTarget = "#batch-rows";
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public Guid? Plan { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Product { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public Verdict? Verdict { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Pending { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    /// <summary>"p", because Razor Pages keeps the route value "page" for the page's own name.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Zhixin.Platform.Web.Page<BatchSummary> Results { get; private set; } = new([], 1, PageSize, 0);

    public IReadOnlyList<SpotCheckPlanSummary> Plans { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public Pager Pager => new(Results.PageNumber, Results.PageCount, Results.Total, ListUrl, RowsUrl, RowsTarget);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Results = await SearchAsync(cancellationToken);
        Plans = await plans.HandleAsync(null, null, cancellationToken);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.InspectionWrite)).Succeeded;
    }

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken)
    {
        Results = await SearchAsync(cancellationToken);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.InspectionWrite)).Succeeded;
        Response.Headers["HX-Push-Url"] = ListUrl(Results.PageNumber);
        return Partial("_BatchRows", this);
    }

    public string ListUrl(int page) => InspectionRoutes.Batches + QueryString.Create(Filters(page));

    public string RowsUrl(int page) => InspectionRoutes.Batches + QueryString.Create([new("handler", "Rows"), .. Filters(page)]);

    /// <summary>A new sampling form starts on the plan the list is filtered by.</summary>
    public string NewBatchUrl => Plan is { } plan ? $"{InspectionRoutes.NewBatch}?plan={plan}" : InspectionRoutes.NewBatch;

    private Task<Zhixin.Platform.Web.Page<BatchSummary>> SearchAsync(CancellationToken cancellationToken) =>
        list.HandleAsync(new ListBatchesRequest(Plan, Product?.Trim(), Region?.Trim(), Verdict, Pending ? true : null, Year, Q, PageNumber, PageSize), cancellationToken);

    private List<KeyValuePair<string, string?>> Filters(int page)
    {
        var filters = new List<KeyValuePair<string, string?>>
        {
            new("plan", Plan?.ToString()), new("product", Product), new("region", Region), new("verdict", Verdict?.ToString()),
            new("pending", Pending ? "true" : null), new("year", Year?.ToString(CultureInfo.InvariantCulture)), new("q", Q),
            new("p", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null),
        };
        return [.. filters.Where(f => !string.IsNullOrWhiteSpace(f.Value))];
    }
}
