using System.Text.Json;
using System.Text.Json.Serialization;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.GetPassRates;
using Zhixin.Inspection.Features.GetPassRateTrend;

namespace Zhixin.Inspection.Pages.Inspection.Statistics;

/// <summary>
/// ECharts options for the statistics page, as JSON the platform's script draws (no functions, so intervals are
/// drawn with stock series: a boxplot whose whiskers are the interval, and a stacked area band for the trend).
/// </summary>
internal static class StatisticsCharts
{
    private const string Blue = "#1f5fbf";
    private const string Pale = "#9bb5e0";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Pixels for the rates chart: one band per cell.</summary>
    public static int RatesHeight(int cells) => Math.Max(240, 60 + (cells * 26));

    /// <summary>
    /// One horizontal bar per cell (paler for small cells) with its interval as whiskers: a boxplot of
    /// [lower, rate, rate, rate, upper] draws exactly an error bar with end caps.
    /// </summary>
    public static string Rates(GetPassRatesResponse rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var cells = rates.Cells;
        var option = new
        {
            animation = false,
            grid = new { left = 8, right = 24, top = 28, bottom = 8, containLabel = true },
            legend = new { top = 0, data = new[] { InspectionText.Get("Stats.Chart.PassRate"), InspectionText.Get("Stats.Chart.Interval") } },
            tooltip = new { trigger = "item" },
            xAxis = new { type = "value", min = 0, max = 100, axisLabel = new { formatter = "{value}%" } },
            yAxis = new { type = "category", inverse = true, data = cells.Select(c => c.Label).ToArray() },
            series = new object[]
            {
                new
                {
                    name = InspectionText.Get("Stats.Chart.PassRate"),
                    type = "bar",
                    barMaxWidth = 16,
                    itemStyle = new { color = Blue },
                    data = cells.Select(c => new { value = Points(c.Batches.Rate), itemStyle = c.SmallCell ? new { color = Pale } : null }).ToArray(),
                },
                new
                {
                    name = InspectionText.Get("Stats.Chart.Interval"),
                    type = "boxplot",
                    boxWidth = new[] { 4, 10 },
                    itemStyle = new { color = "transparent", borderColor = "#333" },
                    data = cells.Select(c => new[] { Points(c.Batches.Lower), Points(c.Batches.Rate), Points(c.Batches.Rate), Points(c.Batches.Rate), Points(c.Batches.Upper) }).ToArray(),
                },
            },
        };
        return JsonSerializer.Serialize(option, Json);
    }

    /// <summary>
    /// The rate per period as a line over its interval, the band stacked as the lower bound (invisible) plus
    /// the width; a period after a significant change is drawn as a larger diamond. Empty periods are gaps.
    /// </summary>
    public static string Trend(GetPassRateTrendResponse trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var periods = trend.Periods;
        object Gap(double? value) => value is { } v ? v : "-";
        var option = new
        {
            animation = false,
            grid = new { left = 8, right = 24, top = 28, bottom = 8, containLabel = true },
            legend = new { top = 0, data = new[] { InspectionText.Get("Stats.Chart.PassRate"), InspectionText.Get("Stats.Chart.Interval") } },
            tooltip = new { trigger = "item" },
            xAxis = new { type = "category", boundaryGap = false, data = periods.Select(p => p.Label).ToArray() },
            yAxis = new { type = "value", max = 100, scale = true, axisLabel = new { formatter = "{value}%" } },
            series = new object[]
            {
                new
                {
                    name = InspectionText.Get("Stats.Chart.Lower"),
                    type = "line",
                    stack = "interval",
                    symbol = "none",
                    lineStyle = new { opacity = 0 },
                    data = periods.Select(p => Gap(Points(p.Batches.Lower))).ToArray(),
                },
                new
                {
                    name = InspectionText.Get("Stats.Chart.Interval"),
                    type = "line",
                    stack = "interval",
                    symbol = "none",
                    lineStyle = new { opacity = 0 },
                    areaStyle = new { color = Pale, opacity = 0.5 },
                    itemStyle = new { color = Pale },
                    data = periods.Select(p => Gap(p.Batches.Upper is { } upper && p.Batches.Lower is { } lower ? Math.Round((upper - lower) * 100, 2) : null)).ToArray(),
                },
                new
                {
                    name = InspectionText.Get("Stats.Chart.PassRate"),
                    type = "line",
                    itemStyle = new { color = Blue },
                    data = periods.Select(p => p.FromPrevious?.Significant == true
                        ? (object)new { value = Gap(Points(p.Batches.Rate)), symbol = "diamond", symbolSize = 14 }
                        : Gap(Points(p.Batches.Rate))).ToArray(),
                },
            },
        };
        return JsonSerializer.Serialize(option, Json);
    }

    private static double? Points(double? share) => share is { } value ? Math.Round(value * 100, 2) : null;
}
