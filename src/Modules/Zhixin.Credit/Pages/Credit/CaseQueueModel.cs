using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>One page of a queue as the page shows it, with the counts of the chart.</summary>
internal sealed record CaseQueuePage(int Total, int Page, int PageSize, IReadOnlyList<ICaseView> Rows, IReadOnlyDictionary<string, int> ByStatus, int Overdue);

/// <summary>
/// A work queue of cases (异议 or 信用修复) through the API's list handler: filters by status (one status or every
/// decided one), target, region, code prefix and overdue, paged, each row with its deadline (overdue ones marked),
/// and a chart of the counts by status. A firm's own account sees its own cases (the handler's scope) and the way to
/// raise a new one. The rows and the chart are the Rows fragment htmx swaps in when a filter changes.
/// </summary>
[Authorize(Policy = Policies.CreditRead)]
internal abstract class CaseQueueModel(ICallerContext caller, CaseKind kind) : PageModel
{
    public const int PageSize = 50;
    public const string RowsTarget = "#case-rows";

    /// <summary>The overdue bar's colour, the red of a late case.</summary>
    private const string OverdueColour = "#b3261e";

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Target { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    /// <summary>"p", because Razor Pages keeps the route value "page" for the page's own name.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public CaseQueuePage Results { get; private set; } = new(0, 1, PageSize, [], new Dictionary<string, int>(), 0);

    public string ChartJson { get; private set; } = "{}";

    /// <summary>A firm's own account: its own cases (the handler's scope), so no region or code filter.</summary>
    public bool ForOneFirm => caller.Current.Scope.EnterpriseCreditCode is not null;

    public CaseKind Kind { get; } = kind;

    public Pager Pager => new(Results.Page, Math.Max(1, (int)Math.Ceiling(Results.Total / (double)Results.PageSize)), Results.Total, ListUrl, RowsUrl, RowsTarget);

    public string ListUrl(int page) => Kind.Queue + QueryString.Create(Query(page));

    public string RowsUrl(int page) => Kind.Queue + QueryString.Create([new("handler", "Rows"), .. Query(page)]);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await SearchAsync(cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken)
    {
        if (!await SearchAsync(cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Response.Headers["HX-Push-Url"] = ListUrl(Results.Page);
        return Partial("_CaseRows", this);
    }

    /// <summary>The page of the queue the filters ask for, from the API's handler.</summary>
    protected abstract Task<Outcome<CaseQueuePage>> ListAsync(int page, CancellationToken cancellationToken);

    private async Task<bool> SearchAsync(CancellationToken cancellationToken)
    {
        var outcome = await ListAsync(PageNumber, cancellationToken);
        if (!outcome.IsSuccess)
        {
            ModelState.AddFieldErrors(outcome.Errors, GetType());
            return false;
        }

        Results = outcome.Value!;
        ChartJson = CreditCharts.Bars(CreditText.Get("Page.Cases.Chart.Count"),
        [
            .. Kind.Statuses.Where(s => s.Colour is not null).Select(s => new CreditCharts.Bar(s.Name, Results.ByStatus.GetValueOrDefault(s.Value), s.Colour!)),
            new CreditCharts.Bar(CreditText.Get("Page.Cases.Overdue"), Results.Overdue, OverdueColour),
        ]);
        return true;
    }

    private List<KeyValuePair<string, string?>> Query(int page) =>
        [.. new KeyValuePair<string, string?>[]
        {
            new("status", Status), new("target", Target), new("region", Region), new("q", Q),
            new("overdue", Overdue ? "true" : null), new("p", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null),
        }.Where(f => !string.IsNullOrWhiteSpace(f.Value))];
}
