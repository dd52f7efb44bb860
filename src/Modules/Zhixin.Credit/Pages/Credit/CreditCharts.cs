using System.Globalization;
using System.Text.Json;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features;
using Zhixin.Credit.Features.ListListings;
using Zhixin.Credit.Features.ManageSharingGrants;
using Zhixin.Credit.Lists;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>ECharts options for the credit pages, as JSON the platform's script draws.</summary>
internal static class CreditCharts
{
    /// <summary>A: green, B: pale green, C: amber, D: red, as the grade badges read.</summary>
    private static readonly Dictionary<CreditGrade, string> Colours = new Dictionary<CreditGrade, string>
    {
        [CreditGrade.A] = "#1e7b45",
        [CreditGrade.B] = "#7cb98f",
        [CreditGrade.C] = "#d08a00",
        [CreditGrade.D] = "#b3261e",
    };

    /// <summary>One bar per grade, every grade shown (an empty one as zero), so charts of two areas compare at a glance.</summary>
    public static string ByGrade(IReadOnlyDictionary<string, int> byGrade)
    {
        ArgumentNullException.ThrowIfNull(byGrade);
        return Bars(CreditText.Get("Page.Chart.Firms"),
            [.. Enum.GetValues<CreditGrade>().Select(g => new Bar(CreditLabels.Grade(g), byGrade.GetValueOrDefault(g.ToString()), Colours[g]))]);
    }

    /// <summary>The share of each risk class's firms inspected in a year, in per cent, coloured like the grades (A green … D red).</summary>
    public static string ByRiskClass(decimal a, decimal b, decimal c, decimal d)
    {
        decimal[] ratios = [a, b, c, d];
        return Bars(CreditText.Get("Page.Ratios.ChartSeries"),
            [.. Enum.GetValues<RiskClass>().Select((k, i) => new Bar(CreditLabels.RiskClass(k), ratios[i], Colours[Enum.Parse<CreditGrade>(k.ToString())]))],
            new { type = "value", min = 0, max = 100, axisLabel = new { formatter = "{value} %" } });
    }

    /// <summary>A bar chart, one coloured bar per label, in the order given; counts unless another value axis is given.</summary>
    public static string Bars(string series, IReadOnlyList<Bar> bars, object? yAxis = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var option = new
        {
            animation = false,
            grid = new { left = 8, right = 16, top = 28, bottom = 8, containLabel = true },
            tooltip = new { trigger = "item" },
            xAxis = new { type = "category", data = bars.Select(b => b.Label).ToArray() },
            yAxis = yAxis ?? new { type = "value", minInterval = 1 },
            series = new object[]
            {
                new
                {
                    name = series,
                    type = "bar",
                    barMaxWidth = 48,
                    label = new { show = true, position = "top" },
                    data = bars.Select(b => new { value = b.Value, itemStyle = new { color = b.Colour } }).ToArray(),
                },
            },
        };
        return JsonSerializer.Serialize(option);
    }

    /// <summary>The red list in red, the black list in near-black, as the lists are named.</summary>
    private static readonly Dictionary<CreditListKind, string> ListColours = new Dictionary<CreditListKind, string>
    {
        [CreditListKind.Red] = "#c62828",
        [CreditListKind.Black] = "#37474f",
    };

    /// <summary>One group of bars per status today, one bar per list, every status shown (an empty one as zero).</summary>
    public static string ByListAndStatus(IReadOnlyList<ListingCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var statuses = Enum.GetValues<ListingStatus>();
        var option = new
        {
            animation = false,
            grid = new { left = 8, right = 16, top = 36, bottom = 8, containLabel = true },
            tooltip = new { trigger = "item" },
            legend = new { top = 0 },
            xAxis = new { type = "category", data = statuses.Select(ListLabels.Status).ToArray() },
            yAxis = new { type = "value", minInterval = 1 },
            series = Enum.GetValues<CreditListKind>().Select(kind => new
            {
                name = ListLabels.Kind(kind),
                type = "bar",
                barMaxWidth = 32,
                label = new { show = true, position = "top" },
                itemStyle = new { color = ListColours[kind] },
                data = statuses.Select(status => counts
                    .Where(c => c.Kind == ListLabels.KindCode(kind) && c.Status == ListLabels.StatusCode(status))
                    .Sum(c => c.Count)).ToArray(),
            }).ToArray(),
        };
        return JsonSerializer.Serialize(option);
    }

    /// <summary>One bar: its label, its count and its colour.</summary>
    internal sealed record Bar(string Label, decimal Value, string Colour);

    /// <summary>
    /// The uses of a grant per day as stacked bars: data given (green) and requests refused (red), every day of the window
    /// shown (an empty one as zero), so a burst of refusals stands out.
    /// </summary>
    public static string ReadsPerDay(IReadOnlyList<GrantReadDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var option = new
        {
            animation = false,
            grid = new { left = 8, right = 16, top = 36, bottom = 8, containLabel = true },
            tooltip = new { trigger = "axis" },
            legend = new { top = 0 },
            xAxis = new { type = "category", data = days.Select(d => d.Day.ToString("MM-dd", CultureInfo.InvariantCulture)).ToArray() },
            yAxis = new { type = "value", minInterval = 1 },
            series = new object[]
            {
                new { name = CreditText.Get("Page.Sharing.Chart.Read"), type = "bar", stack = "uses", itemStyle = new { color = Colours[CreditGrade.A] }, data = days.Select(d => d.Read).ToArray() },
                new { name = CreditText.Get("Page.Sharing.Chart.Refused"), type = "bar", stack = "uses", itemStyle = new { color = Colours[CreditGrade.D] }, data = days.Select(d => d.Refused).ToArray() },
            },
        };
        return JsonSerializer.Serialize(option);
    }
}
