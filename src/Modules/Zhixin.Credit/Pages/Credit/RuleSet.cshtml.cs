using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Features;
using Zhixin.Credit.Features.ManageRuleSets;
using Zhixin.Credit.Features.WhatIf;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Scoping;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>
/// One version of the scoring rules: every rule, grade threshold and risk condition; and the what-if view, which
/// scores a firm (by its credit code) under this version beside the version in force, storing nothing.
/// </summary>
[Authorize(Policy = Policies.CreditWrite)]
internal sealed class CreditRuleSetModel(ListRuleSetsHandler rules, WhatIfHandler whatIf, ICallerContext caller) : PageModel
{
    public RuleSetView RuleSet { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public WhatIfPanel WhatIf { get; private set; } = null!;

    /// <summary>Only regulators of the country or a province draft (the API's own rule); others read.</summary>
    public bool CanDraft => CreditAccess.MayManageRuleSets(caller.Current);

    public async Task<IActionResult> OnGetAsync(int version, CancellationToken cancellationToken)
    {
        var found = await rules.GetAsync(version, cancellationToken);
        if (!found.IsSuccess)
        {
            return NotFound();
        }

        RuleSet = found.Value!;
        WhatIf = await WhatIfPanel.TryAsync(whatIf, CreditRoutes.RuleSet(version), version, RuleSet.IsDraft, Code, cancellationToken);
        return Page();
    }
}
