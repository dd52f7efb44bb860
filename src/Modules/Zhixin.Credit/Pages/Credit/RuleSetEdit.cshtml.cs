using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Features;
using Zhixin.Credit.Features.ManageRuleSets;
using Zhixin.Credit.Features.WhatIf;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>
/// 起草评分规则: a form over a draft's figures and texts (name, effective date, basis, grade thresholds, each rule's
/// points, months, cap and grade cap, the risk conditions' counts), the what-if of a firm under the draft, and the
/// buttons to publish and to discard it, each through the API's handler. Only regulators of the country or a province
/// draft; anyone else, and anyone for a version that is no longer a draft, is sent to the version's read-only page.
/// </summary>
[Authorize(Policy = Policies.CreditWrite)]
internal sealed class CreditRuleSetEditModel(
    ListRuleSetsHandler rules, EditDraftRuleSetHandler edit, PublishRuleSetHandler publish, DiscardDraftRuleSetHandler discard,
    AddDraftRuleHandler addRule, RemoveDraftRuleHandler removeRule, WhatIfHandler whatIf, ICallerContext caller) : PageModel
{
    [BindProperty]
    public EditDraftRuleSetRequest Input { get; set; } = null!;

    /// <summary>The form that adds a rule; empty until a regulator fills it in.</summary>
    [BindProperty]
    public AddDraftRuleRequest NewRule { get; set; } = new(null, null, null, null, null, null, null, null);

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public RuleSetView RuleSet { get; private set; } = null!;

    public WhatIfPanel WhatIf { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int version, CancellationToken cancellationToken)
    {
        if (await LoadAsync(version, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        Input = EditDraftRuleSetRequest.Of(RuleSet.Model);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int version, CancellationToken cancellationToken)
    {
        if (await LoadForPostAsync(version, cancellationToken) is { } missing)
        {
            return missing;
        }

        if (ReplaceUnboundValues())
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await edit.HandleAsync(version, Input, cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = CreditText.Format("RuleSet.Saved", version);
            return Redirect(CreditRoutes.RuleSetEdit(version));
        }

        return this.Failed(outcome, typeof(EditDraftRuleSetRequest), nameof(Input));
    }

    public async Task<IActionResult> OnPostPublishAsync(int version, CancellationToken cancellationToken)
    {
        if (await LoadForPostAsync(version, cancellationToken) is { } missing)
        {
            return missing;
        }

        var outcome = await publish.HandleAsync(version, cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = CreditText.Format("RuleSet.PublishedNotice", version, ChinaTime.Format(outcome.Value!.EffectiveFrom));
            return Redirect(CreditRoutes.RuleSet(version));
        }

        return FailedWithStoredForm(outcome);
    }

    public async Task<IActionResult> OnPostDiscardAsync(int version, CancellationToken cancellationToken)
    {
        if (await LoadForPostAsync(version, cancellationToken) is { } missing)
        {
            return missing;
        }

        var outcome = await discard.HandleAsync(version, cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = CreditText.Format("RuleSet.DiscardedNotice", version);
            return Redirect(CreditRoutes.RuleSets);
        }

        return FailedWithStoredForm(outcome);
    }

    public async Task<IActionResult> OnPostAddRuleAsync(int version, CancellationToken cancellationToken)
    {
        if (await LoadForPostAsync(version, cancellationToken) is { } missing)
        {
            return missing;
        }

        // Only the new rule's fields are read; a figure typed as text there is the handler's "required".
        var outcome = await addRule.HandleAsync(version, NewRule, cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = CreditText.Format("RuleSetEdit.RuleAdded", NewRule.Code?.Trim() ?? "");
            return Redirect(CreditRoutes.RuleSetEdit(version) + "#rule-table");
        }

        ModelState.Clear();
        Input = EditDraftRuleSetRequest.Of(RuleSet.Model);
        return this.Failed(outcome, typeof(AddDraftRuleRequest), nameof(NewRule));
    }

    public async Task<IActionResult> OnPostRemoveRuleAsync(int version, string? code, CancellationToken cancellationToken)
    {
        if (await LoadForPostAsync(version, cancellationToken) is { } missing)
        {
            return missing;
        }

        var outcome = await removeRule.HandleAsync(version, code ?? "", cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = CreditText.Format("RuleSetEdit.RuleRemoved", code ?? "");
            return Redirect(CreditRoutes.RuleSetEdit(version) + "#rule-table");
        }

        return FailedWithStoredForm(outcome);
    }

    /// <summary>The messages of a field of the form (Input.Rules[2].Points), joined, or null.</summary>
    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join("；", entry.Errors.Select(e => e.ErrorMessage)) : null;

    /// <summary>What the field shows: what was typed when it could not be read, else the value.</summary>
    public string? ValueOf(string key, object? value) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 && entry.AttemptedValue is { } typed
            ? typed
            : value is IFormattable number ? number.ToString(null, System.Globalization.CultureInfo.InvariantCulture) : value?.ToString();

    /// <summary>The stored rule or condition a row of the form edits, by its code (the row shows its kind and severity).</summary>
    public ScoringRule? RuleOf(string? code) => RuleSet.Model.Rules.FirstOrDefault(r => r.Code == code);

    public RiskCondition? ConditionOf(string? code) => RuleSet.Model.RiskConditions.FirstOrDefault(c => c.Code == code);

    private IActionResult FailedWithStoredForm(Zhixin.Platform.Web.Outcome<RuleSetView> outcome)
    {
        // The publish and discard forms post no figures: the form shows the draft as stored.
        ModelState.Clear();
        Input = EditDraftRuleSetRequest.Of(RuleSet.Model);
        return this.Failed(outcome, typeof(EditDraftRuleSetRequest), nameof(Input));
    }

    /// <summary>Redirects a reader who may not draft, or a version that is no longer a draft, to the read-only page.</summary>
    private async Task<IActionResult?> LoadAsync(int version, CancellationToken cancellationToken)
    {
        var found = await rules.GetAsync(version, cancellationToken);
        if (!found.IsSuccess)
        {
            return NotFound();
        }

        RuleSet = found.Value!;
        if (!RuleSet.IsDraft || !CreditAccess.MayManageRuleSets(caller.Current))
        {
            return Redirect(CreditRoutes.RuleSet(version));
        }

        WhatIf = await WhatIfPanel.TryAsync(whatIf, CreditRoutes.RuleSetEdit(version), version, draft: true, Code, cancellationToken);
        return null;
    }

    /// <summary>A post goes to the handler whoever sends it, so a county official meets the handler's own 403.</summary>
    private async Task<IActionResult?> LoadForPostAsync(int version, CancellationToken cancellationToken)
    {
        var found = await rules.GetAsync(version, cancellationToken);
        if (!found.IsSuccess)
        {
            return NotFound();
        }

        RuleSet = found.Value!;
        WhatIf = new WhatIfPanel(CreditRoutes.RuleSetEdit(version), version, RuleSet.IsDraft, null, null, null);
        Input ??= EditDraftRuleSetRequest.Of(RuleSet.Model);
        return null;
    }

    /// <summary>A figure the framework could not read gets the module's message naming the rule and field, and nothing is saved.</summary>
    private bool ReplaceUnboundValues()
    {
        var invalid = ModelState.Where(e => e.Key.StartsWith(nameof(Input) + ".", StringComparison.Ordinal) && e.Value?.ValidationState == ModelValidationState.Invalid)
            .Select(e => e.Key).ToList();
        foreach (var key in invalid)
        {
            var attempted = ModelState[key]!.AttemptedValue;
            ModelState.Remove(key);
            ModelState.SetModelValue(key, attempted, attempted);
            ModelState.AddModelError(key, EditDraftRuleSetRequest.NotAValue(key[(nameof(Input).Length + 1)..], Input));
        }

        return invalid.Count > 0;
    }
}
