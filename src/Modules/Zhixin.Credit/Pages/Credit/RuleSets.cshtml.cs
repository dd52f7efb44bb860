using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Features;
using Zhixin.Credit.Features.ManageRuleSets;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>
/// 评分规则: every version of the scoring rules, drafts, published and discarded, newest first; for a regulator of the
/// country or a province, a button per version that starts a draft from it (<see cref="CopyRuleSetHandler"/>, the
/// API's handler) and opens the draft's form.
/// </summary>
[Authorize(Policy = Policies.CreditWrite)]
internal sealed class CreditRuleSetsModel(ListRuleSetsHandler rules, CopyRuleSetHandler copy, ICallerContext caller) : PageModel
{
    public IReadOnlyList<RuleSetView> RuleSets { get; private set; } = [];

    /// <summary>Only regulators of the country or a province draft (the API's own rule); others read.</summary>
    public bool CanDraft => CreditAccess.MayManageRuleSets(caller.Current);

    public async Task OnGetAsync(CancellationToken cancellationToken) => RuleSets = await rules.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCopyAsync(int from, CancellationToken cancellationToken)
    {
        var outcome = await copy.HandleAsync(from, cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = CreditText.Format("RuleSets.Copied", outcome.Value!.Version, from);
            return Redirect(CreditRoutes.RuleSetEdit(outcome.Value.Version));
        }

        RuleSets = await rules.ListAsync(cancellationToken);
        return this.Failed(outcome, GetType());
    }
}
