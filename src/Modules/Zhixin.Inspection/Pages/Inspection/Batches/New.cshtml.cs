using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.GetSpotCheckPlan;
using Zhixin.Inspection.Features.ListCatalogue;
using Zhixin.Inspection.Features.ListSpotCheckPlans;
using Zhixin.Inspection.Features.RecordSampling;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;

namespace Zhixin.Inspection.Pages.Inspection.Batches;

/// <summary>
/// 录入抽样单: the sampling form of one batch of a plan, saved through <see cref="RecordSamplingHandler"/>. The product
/// list is the plan's catalogue edition; ?selection= (a firm drawn by a 双随机 draw) fills in the firm and the product.
/// </summary>
[Authorize(Policy = Policies.InspectionWrite)]
internal sealed class NewBatchModel(
    RecordSamplingHandler record,
    GetSpotCheckPlanHandler plan,
    ListSpotCheckPlansHandler plans,
    ListCatalogueHandler catalogue,
    InspectionDbContext db,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public BatchInput Input { get; set; } = new();

    /// <summary>The plan the batch belongs to; null until one is chosen.</summary>
    public SpotCheckPlanView? Plan { get; private set; }

    public IReadOnlyList<CatalogueProductView> Products { get; private set; } = [];

    /// <summary>The plans to choose from when the page was opened without one.</summary>
    public IReadOnlyList<SpotCheckPlanSummary> Plans { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "plan")] Guid? planId, Guid? selection, CancellationToken cancellationToken)
    {
        Input.SampledOn = ChinaTime.Today(clock);
        Input.ReserveQuantity = 0;
        if (selection is { } id)
        {
            // Through the draws, which are scoped: a selection of another region's draw is not found.
            var drawn = await db.DrawSelections.AsNoTracking().Where(s => s.Id == id)
                .Join(db.Draws, s => s.DrawId, d => d.Id, (s, d) => new { s.CreditCode, d.PlanId, d.ProductCode })
                .FirstOrDefaultAsync(cancellationToken);
            if (drawn is null)
            {
                return NotFound();
            }

            Input.DrawSelectionId = id;
            Input.EnterpriseCreditCode = drawn.CreditCode;
            Input.ProductCode = drawn.ProductCode;
            planId ??= drawn.PlanId;
        }

        Input.PlanId = planId;
        if (!await LoadChoicesAsync(cancellationToken) && planId is not null)
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (ModelState.ReplaceUnboundValues())
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await record.HandleAsync(Input.ToRequest(), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return this.Failed(outcome, typeof(BatchInput), nameof(Input));
        }

        TempData["zhixin.notice"] = InspectionText.Format("Batches.Recorded", outcome.Value!.SamplingNumber);
        return Redirect(InspectionRoutes.Batch(outcome.Value.Id));
    }

    /// <summary>The plan and its products when one is chosen (false when it does not exist), else the plans to choose from.</summary>
    private async Task<bool> LoadChoicesAsync(CancellationToken cancellationToken)
    {
        if (Input.PlanId is not { } id)
        {
            Plans = await plans.HandleAsync(null, null, cancellationToken);
            return false;
        }

        var found = await plan.HandleAsync(id, cancellationToken);
        if (!found.IsSuccess)
        {
            Plans = await plans.HandleAsync(null, null, cancellationToken);
            return false;
        }

        Plan = found.Value;
        Products = (await catalogue.HandleAsync(new ListCatalogueRequest(Plan!.EditionCode, null, null, null), cancellationToken)).Products;
        return true;
    }
}
