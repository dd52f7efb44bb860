using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Plans.Features;
using Zhixin.Plans.Features.ListPlans;

namespace Zhixin.Plans.Pages.Plans;

/// <summary>行动计划督办: every imported plan through <see cref="ListPlansHandler"/> (plans are published documents).</summary>
[Authorize(Policy = Policies.PlansRead)]
internal sealed class PlanListModel(ListPlansHandler list, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    public bool CanImport { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Plans = await list.HandleAsync(cancellationToken);
        CanImport = await this.MayAsync(authorization, Policies.PlansWrite);
    }
}
