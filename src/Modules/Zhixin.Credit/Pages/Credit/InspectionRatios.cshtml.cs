using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Features.SetInspectionRatios;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>
/// 分类抽查比例: the share of each risk class's firms inspected in a year in a region (the caller's by default), the
/// region whose setting applies (its own or the nearest above), a chart of the four, and the form to set the region's
/// own, all through <see cref="SetInspectionRatiosHandler"/> (the API's handler).
/// </summary>
[Authorize(Policy = Policies.CreditWrite)]
internal sealed class InspectionRatiosModel(SetInspectionRatiosHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty]
    public decimal? A { get; set; }

    [BindProperty]
    public decimal? B { get; set; }

    [BindProperty]
    public decimal? C { get; set; }

    [BindProperty]
    public decimal? D { get; set; }

    public InspectionRatiosView? Ratios { get; private set; }

    public string ChartJson { get; private set; } = "{}";

    /// <summary>A ratio as its input shows it (invariant digits, so the browser's number field reads it).</summary>
    public string? ValueOf(string riskClass) => (riskClass switch { "A" => A, "B" => B, "C" => C, _ => D })?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        (A, B, C, D) = Ratios!.InForce is { } set ? (set.A, set.B, set.C, set.D) : ((decimal?)null, (decimal?)null, (decimal?)null, (decimal?)null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (ReplaceUnboundValues())
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await handler.SetAsync(Region!, new SetInspectionRatiosRequest(A, B, C, D), cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = CreditText.Format("Page.Ratios.Saved", CreditPageLabels.Region(outcome.Value!.RegionCode));
            return Redirect(CreditRoutes.InspectionRatios + "?region=" + Uri.EscapeDataString(outcome.Value.RegionCode));
        }

        return this.Failed(outcome, GetType());
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Region = string.IsNullOrWhiteSpace(Region) ? User.FindFirst(ZhixinClaims.Region)?.Value ?? "000000" : Region.Trim();
        var outcome = await handler.GetAsync(Region, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return false;
        }

        Ratios = outcome.Value!;
        Region = Ratios.RegionCode;
        ChartJson = Ratios.InForce is { } set ? CreditCharts.ByRiskClass(set.A, set.B, set.C, set.D) : "{}";
        return true;
    }

    /// <summary>A ratio the framework could not read as a number gets the module's message naming the class, and nothing is saved.</summary>
    private bool ReplaceUnboundValues()
    {
        var invalid = ModelState.Where(e => e.Key is "A" or "B" or "C" or "D" && e.Value?.ValidationState == ModelValidationState.Invalid).Select(e => e.Key).ToList();
        foreach (var key in invalid)
        {
            ModelState[key]!.Errors.Clear();
            ModelState.AddModelError(key, CreditText.Format("Page.NotAValue", CreditText.Get("Field." + key.ToLowerInvariant())));
        }

        return invalid.Count > 0;
    }
}
