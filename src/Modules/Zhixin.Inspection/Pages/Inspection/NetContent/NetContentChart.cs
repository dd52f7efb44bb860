using System.Globalization;
using System.Text.Json;
using Zhixin.Inspection.NetContent;

namespace Zhixin.Inspection.Pages.Inspection.NetContent;

/// <summary>
/// The measured contents as an ECharts option for the platform's chart script: one point per unit, coloured by its
/// class, against horizontal lines at Qn, T1 = Qn − T and T2 = Qn − 2T.
/// </summary>
internal static class NetContentChart
{
    private static readonly (ShortfallClass Class, string Colour)[] Classes =
        [(ShortfallClass.WithinT, "#2e7d32"), (ShortfallClass.BeyondT, "#e08a00"), (ShortfallClass.Beyond2T, "#c62828")];

    public static string Option(NetContentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var values = result.Units.Select(u => (double)u.Value).ToList();
        var qn = (double)result.Nominal;
        var t1 = (double)result.T1;
        var t2 = (double)result.T2;
        // Lines outside the data would be cut off: the axis spans the points and all three lines, with a margin.
        var low = Math.Min(values.Min(), t2);
        var high = Math.Max(values.Max(), qn);
        var margin = Math.Max((high - low) * 0.1, qn * 0.001);
        var series = Classes.Select((c, i) => new Dictionary<string, object?>
        {
            ["name"] = InspectionText.Get($"NetContent.Class.{c.Class}"),
            ["type"] = "scatter",
            ["symbolSize"] = 9,
            ["itemStyle"] = new { color = c.Colour },
            ["data"] = result.Units.Select(u => u.Class == c.Class ? (object)(double)u.Value : "-").ToArray(),
            ["markLine"] = i > 0 ? null : new
            {
                symbol = "none",
                silent = true,
                data = new object[]
                {
                    Line("Qn", qn, "#1f4e8c", result.Unit),
                    Line("T1", t1, "#e08a00", result.Unit),
                    Line("T2", t2, "#c62828", result.Unit),
                },
            },
        }).ToArray();
        var option = new
        {
            animation = false,
            tooltip = new { trigger = "item" },
            legend = new { top = 0 },
            grid = new { left = 64, right = 110, top = 36, bottom = 36 },
            xAxis = new { type = "category", name = "#", data = result.Units.Select(u => u.Number.ToString(CultureInfo.InvariantCulture)).ToArray() },
            yAxis = new { type = "value", name = result.Unit, min = Round(low - margin), max = Round(high + margin) },
            series,
        };
        return JsonSerializer.Serialize(option);
    }

    private static object Line(string name, double value, string colour, string unit) => new
    {
        name,
        yAxis = value,
        lineStyle = new { color = colour, type = name == "Qn" ? "solid" : "dashed" },
        label = new { formatter = $"{name} = {value.ToString("0.####", CultureInfo.InvariantCulture)} {unit}", position = "end" },
    };

    private static double Round(double value) => Math.Round(value, 4);
}
