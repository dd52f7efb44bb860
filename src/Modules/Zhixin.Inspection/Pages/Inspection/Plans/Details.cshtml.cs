using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.AdjustAllocation;
using Zhixin.Inspection.Features.GetSpotCheckPlan;
using Zhixin.Inspection.Features.ProposeAllocation;
using Zhixin.Inspection.Features.PublishDraw;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Pages.Inspection.Plans;

/// <summary>The inline batches form of one allocation row.</summary>
internal sealed class AllocationRowInput
{
    public int? Batches { get; set; }
}

/// <summary>
/// One spot-check plan: its header, budget against allocation, the allocation table (proposed by
/// <see cref="ProposeAllocationHandler"/>, adjusted row by row through <see cref="AdjustAllocationHandler"/>, each row's
/// draw published through <see cref="PublishDrawHandler"/>) and a chart of batches per product.
/// </summary>
[Authorize(Policy = Policies.InspectionRead)]
internal sealed class SpotCheckPlanDetailsModel(
    GetSpotCheckPlanHandler get,
    ProposeAllocationHandler propose,
    AdjustAllocationHandler adjust,
    PublishDrawHandler publish,
    ICallerContext callers,
    IAuthorizationService authorization) : PageModel
{
    public const string WarningsKey = "inspection.allocation.warnings";

    [BindProperty]
    public AllocationRowInput Row { get; set; } = new();

    [BindProperty]
    public string? RegionLevel { get; set; }

    public Guid Id { get; private set; }

    public SpotCheckPlanView Plan { get; private set; } = null!;

    /// <summary>The caller runs this plan: a regulator of its organising region with the right to write.</summary>
    public bool ManagesPlan { get; private set; }

    /// <summary>The row whose inline form failed, to show its errors beside it.</summary>
    public Guid? FailedRow { get; private set; }

    /// <summary>The allocator's warnings of the proposal just made, one per line.</summary>
    public IReadOnlyList<string> Warnings { get; private set; } = [];

    /// <summary>Batches per product (proposed and decided) as an ECharts option, which the platform's script draws.</summary>
    public string ChartJson { get; private set; } = "{}";

    public bool HasDraws => Plan.Allocations.Any(a => a.DrawId is not null);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        Warnings = (TempData[WarningsKey] as string)?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return await LoadAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostProposeAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        var outcome = await propose.HandleAsync(id, new ProposeAllocationRequest(null, RegionLevel, null, null, null), cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = InspectionText.Format("PlanPage.ProposalMade", outcome.Value!.Plan.Allocations.Count, outcome.Value.Plan.Plan.AllocatedBatches);
            TempData[WarningsKey] = string.Join('\n', outcome.Value.Warnings);
            return Redirect(InspectionRoutes.Plan(id) + "#allocation");
        }

        return await LoadAsync(cancellationToken) ?? this.Failed(outcome, typeof(AllocationRowInput));
    }

    public async Task<IActionResult> OnPostAdjustAsync(Guid id, Guid allocation, CancellationToken cancellationToken)
    {
        Id = id;
        var outcome = await adjust.HandleAsync(id, allocation, new AdjustAllocationRequest(Row.Batches), cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = InspectionText.Format("PlanPage.Adjusted", outcome.Value!.Plan.AllocatedBatches, outcome.Value.Plan.BudgetBatches);
            return Redirect(InspectionRoutes.Plan(id) + "#allocation");
        }

        FailedRow = allocation;
        return await LoadAsync(cancellationToken) ?? this.Failed(outcome, typeof(AllocationRowInput), nameof(Row));
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, Guid allocation, CancellationToken cancellationToken)
    {
        Id = id;
        var outcome = await publish.HandleAsync(allocation, new PublishDrawRequest(null, null, null), cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = InspectionText.Format("DrawPage.Published", outcome.Value!.PoolHash);
            return Redirect(InspectionRoutes.Draw(outcome.Value.Id));
        }

        FailedRow = allocation;
        return await LoadAsync(cancellationToken) ?? this.Failed(outcome, typeof(AllocationRowInput), nameof(Row));
    }

    /// <summary>Reads the plan and its chart; a result only when the plan does not exist.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var plan = await get.HandleAsync(Id, cancellationToken);
        if (!plan.IsSuccess)
        {
            return NotFound();
        }

        Plan = plan.Value!;
        ManagesPlan = await this.MayWriteAsync(authorization, callers.Current, Plan.Plan.OrganizerRegionCode);
        ChartJson = Chart(Plan);
        return null;
    }

    /// <summary>One bar pair per product: the batches proposed and the batches decided, over all its regions.</summary>
    private static string Chart(SpotCheckPlanView plan)
    {
        var products = plan.Allocations.GroupBy(a => (a.ProductCode, a.ProductName))
            .Select(g => new { Label = $"{g.Key.ProductName} {g.Key.ProductCode}", Proposed = g.Sum(a => a.ProposedBatches), Batches = g.Sum(a => a.Batches) })
            .OrderByDescending(p => p.Batches).ThenBy(p => p.Label, StringComparer.Ordinal)
            .ToList();
        var chart = new
        {
            animation = false,
            tooltip = new { trigger = "axis", axisPointer = new { type = "shadow" } },
            legend = new { top = 0 },
            grid = new { left = 8, right = 16, top = 32, bottom = 8, containLabel = true },
            xAxis = new { type = "value", minInterval = 1 },
            yAxis = new { type = "category", inverse = true, data = products.Select(p => p.Label).ToList(), axisLabel = new { width = 200, overflow = "truncate" } },
            series = new object[]
            {
                new { name = InspectionText.Get("PlanPage.Proposed"), type = "bar", data = products.Select(p => p.Proposed).ToList(), itemStyle = new { color = "#aab3c2" } },
                new { name = InspectionText.Get("Field.batches"), type = "bar", data = products.Select(p => p.Batches).ToList(), itemStyle = new { color = "#1f5fbf" } },
            },
        };
        return JsonSerializer.Serialize(chart);
    }
}
