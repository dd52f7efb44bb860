using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Plans.Features;
using Zhixin.Plans.Features.AlignPlans;
using Zhixin.Plans.Features.ImportPlan;
using Zhixin.Plans.Features.ListPlans;

namespace Zhixin.Plans.Pages.Plans;

/// <summary>
/// 计划对照: a higher plan against a lower one, task by task. Without a choice it compares the national plan with
/// the first provincial plan of the same year, which on the demo data is national 2012 against Fujian 2012.
/// </summary>
[Authorize(Policy = Policies.PlansRead)]
internal sealed class AlignmentModel(ListPlansHandler plans, AlignPlansHandler align) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Upper { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Lower { get; set; }

    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    public PlanAlignmentView? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Plans = await plans.HandleAsync(cancellationToken);
        Upper ??= Plans.FirstOrDefault(p => p.RegionCode == "000000")?.Id;
        var upperYear = Plans.FirstOrDefault(p => p.Id == Upper) is { } chosen ? Year(chosen) : (int?)null;
        Lower ??= Plans.Where(p => p.RegionCode != "000000" && p.Id != Upper)
            .OrderBy(p => Year(p) == upperYear ? 0 : 1).ThenBy(p => p.RegionCode, StringComparer.Ordinal)
            .FirstOrDefault()?.Id;
        if (Upper is { } upper && Lower is { } lower)
        {
            var outcome = await align.HandleAsync(upper, lower, cancellationToken);
            if (outcome.IsSuccess)
            {
                Result = outcome.Value;
            }
            else
            {
                ModelState.AddFieldErrors(outcome.Errors, GetType());
                if (outcome.Message is { } message)
                {
                    ModelState.AddModelError(string.Empty, message);
                }
            }
        }

        return Page();
    }

    /// <summary>The first year a plan runs, read from its title as the importer does (2012年行动计划 → 2012).</summary>
    private static int Year(PlanSummary plan) => PlanPeriod.From(plan.Title, plan.IssuedOn, DateOnly.MinValue).Starts.Year;
}
