using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.CreateSpotCheckPlan;
using Zhixin.Inspection.Features.ListCatalogue;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Pages.Inspection.Plans;

/// <summary>The new-plan form; its properties are named as the API request's fields, so the handler's errors land beside them.</summary>
internal sealed class PlanInput
{
    public string? Code { get; set; }

    public string? Title { get; set; }

    public SpotCheckPlanKind? Kind { get; set; } = SpotCheckPlanKind.Annual;

    public int? Year { get; set; }

    public string? RegionCode { get; set; }

    public string? EditionCode { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public int? BudgetBatches { get; set; }

    public decimal? BudgetYuan { get; set; }

    public CreateSpotCheckPlanRequest ToRequest() => new(Code, Title, Kind, Year, RegionCode, EditionCode, StartsOn, EndsOn, BudgetBatches, BudgetYuan);
}

/// <summary>新建抽查计划: the form posts to <see cref="CreateSpotCheckPlanHandler"/>, the API's handler; editions come from the catalogue.</summary>
[Authorize(Policy = Policies.InspectionWrite)]
internal sealed class NewSpotCheckPlanModel(
    CreateSpotCheckPlanHandler create, ListCatalogueHandler catalogue, ICallerContext callers, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public IReadOnlyList<EditionSummary> Editions { get; private set; } = [];

    public IReadOnlyList<RegionOption> Regions => InspectionPageSupport.RegionOptions(callers.Current);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var year = ChinaTime.Today(clock).Year;
        Input.Year = year;
        Input.StartsOn = new DateOnly(year, 1, 1);
        Input.EndsOn = new DateOnly(year, 12, 31);
        Input.RegionCode = callers.Current.RegionCode;
        var editions = await catalogue.HandleAsync(new ListCatalogueRequest(null, null, null, null), cancellationToken);
        Editions = editions.Editions;
        Input.EditionCode = editions.Edition?.Code;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Editions = (await catalogue.HandleAsync(new ListCatalogueRequest(null, null, null, null), cancellationToken)).Editions;
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await create.HandleAsync(Input.ToRequest(), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return this.Failed(outcome, typeof(PlanInput), nameof(Input));
        }

        TempData["zhixin.notice"] = InspectionText.Format("PlanPage.Created", outcome.Value!.Code);
        return Redirect(InspectionRoutes.Plan(outcome.Value.Id));
    }
}
