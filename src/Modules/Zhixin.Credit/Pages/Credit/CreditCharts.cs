using System.Text.Json;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features;

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
        var grades = Enum.GetValues<CreditGrade>();
        var option = new
        {
            animation = false,
            grid = new { left = 8, right = 16, top = 28, bottom = 8, containLabel = true },
            tooltip = new { trigger = "item" },
            xAxis = new { type = "category", data = grades.Select(CreditLabels.Grade).ToArray() },
            yAxis = new { type = "value", minInterval = 1 },
            series = new object[]
            {
                new
                {
                    name = CreditText.Get("Page.Chart.Firms"),
                    type = "bar",
                    barMaxWidth = 48,
                    label = new { show = true, position = "top" },
                    data = grades.Select(g => new { value = byGrade.GetValueOrDefault(g.ToString()), itemStyle = new { color = Colours[g] } }).ToArray(),
                },
            },
        };
        return JsonSerializer.Serialize(option);
    }
}
