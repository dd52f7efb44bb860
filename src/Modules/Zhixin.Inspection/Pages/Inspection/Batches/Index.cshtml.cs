using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.ListBatches;
using Zhixin.Inspection.Features.ListSpotCheckPlans;
using Zhixin.Platform.Identity;

namespace Zhixin.Inspection.Pages.Inspection.Batches;

/// <summary>
/// 抽样与检验: the batches in the caller's scope through <see cref="ListBatchesHandler"/>, filtered and paged; the rows
/// are a fragment of their own (the Rows handler) that htmx swaps in when a filter changes.
/// </summary>
[Authorize(Policy = Policies.InspectionRead)]
internal sealed class BatchListModel(ListBatchesHandler list, ListSpotCheckPlansHandler plans, IAuthorizationService authorization)
    : ListPageModel<BatchSummary>(InspectionRoutes.Batches, RowsTarget)
{
    public const string RowsTarget = "#batch-rows";

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

    public IReadOnlyList<SpotCheckPlanSummary> Plans { get; private set; } = [];

    /// <summary>A new sampling form starts on the plan the list is filtered by.</summary>
    public string NewBatchUrl => Plan is { } plan ? $"{InspectionRoutes.NewBatch}?plan={plan}" : InspectionRoutes.NewBatch;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await SearchAsync(cancellationToken);
        Plans = await plans.HandleAsync(null, null, cancellationToken);
    }

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken)
    {
        await SearchAsync(cancellationToken);
        return Rows("_BatchRows");
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Filters() =>
    [
        new("plan", Plan?.ToString()), new("product", Product), new("region", Region), new("verdict", Verdict?.ToString()),
        new("pending", Pending ? "true" : null), new("year", Year?.ToString(CultureInfo.InvariantCulture)), new("q", Q),
    ];

    private async Task SearchAsync(CancellationToken cancellationToken)
    {
        Results = await list.HandleAsync(
            new ListBatchesRequest(Plan, Product?.Trim(), Region?.Trim(), Verdict, Pending ? true : null, Year, Q, PageNumber, PageSize), cancellationToken);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.InspectionWrite)).Succeeded;
    }
}
