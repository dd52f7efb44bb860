using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.ListSpotCheckPlans;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Pages.Inspection.Plans;

/// <summary>监督抽查计划: every plan through <see cref="ListSpotCheckPlansHandler"/> (plans are administrative documents every official reads).</summary>
[Authorize(Policy = Policies.InspectionRead)]
internal sealed class SpotCheckPlanListModel(ListSpotCheckPlansHandler list, ICallerContext callers, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<SpotCheckPlanSummary> Plans { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Plans = await list.HandleAsync(Year, null, cancellationToken);
        CanCreate = await this.MayWriteAsync(authorization, callers.Current);
    }
}
