using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Zhixin.Credit.Features.ListListings;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>
/// 红黑名单: the listings in the caller's scope through <see cref="ListListingsHandler"/> (the API's handler), filtered
/// by list, status today, region and code or name prefix, paged, with the counts by list and status as a chart. The
/// rows and the chart are a fragment of their own (the Rows handler) that htmx swaps in when a filter changes.
/// Regulators only: the lists are worked by them, and a firm sees its own listings on its file.
/// </summary>
[Authorize(Policy = Policies.CreditWrite)]
internal sealed class CreditListsModel(ListListingsHandler list) : CreditListPageModel(CreditRoutes.Lists, RowsTarget)
{
    public const string RowsTarget = "#listing-rows";

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public ListListingsResponse Results { get; private set; } = new(0, 1, PageSize, [], []);

    public string ChartJson { get; private set; } = "{}";

    public Pager Pager => PagerOf(Results.Page, Results.PageSize, Results.Total);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await SearchAsync(cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken) =>
        RowsFragment("_ListingRows", await SearchAsync(cancellationToken), Results.Page);

    protected override IEnumerable<KeyValuePair<string, string?>> Filters() => [new("kind", Kind), new("status", Status)];

    private async Task<bool> SearchAsync(CancellationToken cancellationToken)
    {
        var outcome = await list.HandleAsync(new ListListingsRequest(Kind, Status, Region, Q, PageNumber, PageSize), cancellationToken);
        if (!outcome.IsSuccess)
        {
            ModelState.AddFieldErrors(outcome.Errors, GetType());
            return false;
        }

        Results = outcome.Value!;
        ChartJson = CreditCharts.ByListAndStatus(Results.Counts);
        return true;
    }
}
