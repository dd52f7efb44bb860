using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Features.GetPassRates;
using Zhixin.Inspection.Features.GetPassRateTrend;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;

namespace Zhixin.Inspection.Pages.Inspection.Statistics;

/// <summary>
/// 合格率统计: the pass-rate table of <see cref="GetPassRatesHandler"/> for a year, with a chart of rates and
/// intervals, the ranking and year-on-year columns, and the trend of the last years from <see cref="GetPassRateTrendHandler"/>.
/// </summary>
[Authorize(Policy = Policies.InspectionRead)]
internal sealed class StatisticsModel(GetPassRatesHandler rates, GetPassRateTrendHandler trend, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Quarter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? GroupBy { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ThenBy { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? RegionLevel { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Product { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Method { get; set; }

    public GetPassRatesResponse? Rates { get; private set; }

    public GetPassRateTrendResponse? Trend { get; private set; }

    public string RatesChartJson { get; private set; } = "{}";

    public string TrendChartJson { get; private set; } = "{}";

    /// <summary>The export of exactly this table: the same query string on the API.</summary>
    public string ExportUrl => InspectionRoutes.ApiPassRatesExport + Query(
        ("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("quarter", Quarter?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("groupBy", GroupByParameter), ("regionLevel", RegionLevel), ("region", Region), ("product", Product), ("channel", Channel), ("method", Method));

    private string GroupByParameter => string.Join(',', new[] { GroupBy ?? "product", ThenBy }.Where(d => !string.IsNullOrWhiteSpace(d)).Distinct());

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Year ??= ChinaTime.Today(clock).Year;
        var table = await rates.HandleAsync(
            new GetPassRatesRequest(Year, null, null, Quarter, GroupByParameter, RegionLevel, Product, null, Region, Channel, null, null, Method, null, null, null),
            cancellationToken);
        // The trend chart draws batch rates only, so the firms of five years are not counted for it.
        var years = await trend.HandleAsync(
            new GetPassRateTrendRequest(Year - GetPassRateTrendHandler.DefaultYears + 1, Year, null, Product, null, Region, Channel, null, null, Method, null),
            enterprises: false,
            cancellationToken);
        if (!table.IsSuccess || !years.IsSuccess)
        {
            ModelState.AddFieldErrors(table.IsSuccess ? years.Errors : table.Errors, typeof(StatisticsModel));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Rates = table.Value!;
        Trend = years.Value!;
        RatesChartJson = StatisticsCharts.Rates(Rates);
        TrendChartJson = StatisticsCharts.Trend(Trend);
        return Page();
    }

    private static string Query(params (string Name, string? Value)[] parameters) =>
        QueryString.Create(parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => KeyValuePair.Create(p.Name, p.Value))).ToString();
}
