using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Features.ManageRuleSets;
using Zhixin.Credit.Features.WhatIf;
using Zhixin.Platform.Identity;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>
/// One version of the scoring rules: every rule, grade threshold and risk condition; and the what-if view, which
/// scores a firm (by its credit code) under this version beside the version in force, storing nothing.
/// </summary>
[Authorize(Policy = Policies.CreditWrite)]
internal sealed class CreditRuleSetModel(ListRuleSetsHandler rules, WhatIfHandler whatIf) : PageModel
{
    public RuleSetView RuleSet { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public WhatIfView? WhatIf { get; private set; }

    public string? WhatIfProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int version, CancellationToken cancellationToken)
    {
        var found = await rules.GetAsync(version, cancellationToken);
        if (!found.IsSuccess)
        {
            return NotFound();
        }

        RuleSet = found.Value!;
        if (!string.IsNullOrWhiteSpace(Code))
        {
            var tried = await whatIf.HandleAsync(Code, version, cancellationToken);
            WhatIf = tried.Value;
            WhatIfProblem = tried.IsSuccess ? null : tried.Message;
        }

        return Page();
    }
}
