using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Plans.Features;
using Zhixin.Plans.Features.GetAssessment;
using Zhixin.Plans.Features.GetPlan;
using Zhixin.Plans.Features.RunAssessment;

namespace Zhixin.Plans.Pages.Plans;

/// <summary>考核: the plan's latest assessment, every department and local government with its score, grade and breakdown; a new run for those who manage the plan.</summary>
[Authorize(Policy = Policies.PlansRead)]
internal sealed class AssessmentModel(GetPlanHandler plans, GetAssessmentHandler assessments, RunAssessmentHandler runner, IAuthorizationService authorization) : PageModel
{
    public PlanDetails? Plan { get; private set; }

    public AssessmentRunView? Run { get; private set; }

    public bool CanRun { get; private set; }

    [BindProperty]
    public RunInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await LoadAsync(id, cancellationToken);
        return found ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.PlansWrite)).Succeeded)
        {
            return Forbid();
        }

        var outcome = await runner.HandleAsync(id, new RunAssessmentRequest(Input.AsOf, Input.SchemeCode), cancellationToken);
        if (outcome.IsSuccess)
        {
            return RedirectToPage(null, new { id });
        }

        await LoadAsync(id, cancellationToken);
        return this.Failed(outcome, typeof(RunInput), nameof(Input));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await plans.HandleAsync(id, cancellationToken);
        if (!plan.IsSuccess)
        {
            return false;
        }

        Plan = plan.Value;
        var latest = await assessments.LatestAsync(id, cancellationToken);
        Run = latest.IsSuccess ? latest.Value : null;
        CanRun = (await authorization.AuthorizeAsync(User, Policies.PlansWrite)).Succeeded;
        return true;
    }

    internal sealed class RunInput
    {
        public DateOnly? AsOf { get; set; }

        public string? SchemeCode { get; set; }
    }
}
