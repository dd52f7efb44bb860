using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Features;
using Zhixin.Credit.Features.ListAssessments;
using Zhixin.Credit.Features.RuleSets;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Register.Contracts;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>
/// 质量信用: the firms' current grades in the caller's scope through <see cref="ListAssessmentsHandler"/>, filtered and
/// paged, with the grade distribution as a chart and a form to open one firm's file. The rows and the chart are a
/// fragment of their own (the Rows handler) that htmx swaps in when a filter changes.
/// </summary>
[Authorize(Policy = Policies.CreditRead)]
internal sealed class CreditIndexModel(
    ListAssessmentsHandler list, RuleSetCatalog rules, IEnterpriseDirectory directory, ICallerContext caller, TimeProvider clock)
    : CreditListPageModel(CreditRoutes.Pages, RowsTarget)
{
    public const string RowsTarget = "#credit-rows";

    [BindProperty(SupportsGet = true)]
    public string? Grade { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? RiskClass { get; set; }

    /// <summary>The credit code typed into the open-a-file form.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public ListAssessmentsResponse Results { get; private set; } = new(0, 1, PageSize, [], new Dictionary<string, int>());

    /// <summary>The firms' names from the register, by credit code (a firm voided since keeps its code only).</summary>
    public IReadOnlyDictionary<string, EnterpriseSummary> Names { get; private set; } = new Dictionary<string, EnterpriseSummary>();

    public ScoringModel? RuleSet { get; private set; }

    /// <summary>Regulators see the internal risk class; a firm never does.</summary>
    public bool ShowRiskClass { get; private set; }

    public string ChartJson { get; private set; } = "{}";

    /// <summary>A firm's own account reads one file only, so it is offered no form to open others.</summary>
    public bool ForOneFirm => caller.Current.Scope.EnterpriseCreditCode is not null;

    public Pager Pager => PagerOf(Results.Page, Results.PageSize, Results.Total);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        RuleSet = await rules.EffectiveAsync(ChinaTime.Today(clock), cancellationToken);
        return await SearchAsync(cancellationToken) ? Page() : BadRequestPage();
    }

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken) =>
        RowsFragment("_CreditRows", await SearchAsync(cancellationToken), Results.Page);

    /// <summary>Opens a firm's file by its code; a malformed code is shown again with what is wrong with it.</summary>
    public async Task<IActionResult> OnGetOpenAsync(CancellationToken cancellationToken)
    {
        var text = Code?.Trim().ToUpperInvariant();
        var parsed = CreditCode.Parse(text);
        if (!string.IsNullOrEmpty(text) && parsed.IsValid)
        {
            return Redirect(CreditRoutes.Enterprise(parsed.Value.Value));
        }

        ModelState.AddModelError(nameof(Code), string.IsNullOrEmpty(text) ? CreditText.Get("Page.OpenRequired") : parsed.Problem!.Message);
        RuleSet = await rules.EffectiveAsync(ChinaTime.Today(clock), cancellationToken);
        await SearchAsync(cancellationToken);
        return BadRequestPage();
    }

    private PageResult BadRequestPage()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> SearchAsync(CancellationToken cancellationToken)
    {
        ShowRiskClass = CreditAccess.MaySeeRiskClass(caller.Current);
        var outcome = await list.HandleAsync(
            new ListAssessmentsRequest(Grade, ShowRiskClass ? RiskClass : null, Region, Q, PageNumber, PageSize), cancellationToken);
        if (!outcome.IsSuccess)
        {
            ModelState.AddFieldErrors(outcome.Errors, GetType());
            return false;
        }

        Results = outcome.Value!;
        Names = await directory.FindAsync([.. Results.Items.Select(i => i.CreditCode)], cancellationToken);
        ChartJson = CreditCharts.ByGrade(Results.ByGrade);
        return true;
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Filters() => [new("grade", Grade), new("riskClass", ShowRiskClass ? RiskClass : null)];
}
