using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Features.ManageRuleSets;
using Zhixin.Platform.Identity;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>评分规则: every version of the scoring rules, drafts and published, newest first.</summary>
[Authorize(Policy = Policies.CreditWrite)]
internal sealed class CreditRuleSetsModel(ListRuleSetsHandler rules) : PageModel
{
    public IReadOnlyList<RuleSetView> RuleSets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => RuleSets = await rules.ListAsync(cancellationToken);
}
