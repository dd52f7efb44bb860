using System.Globalization;
using Zhixin.Inspection.Domain;

namespace Zhixin.Inspection.Features;

/// <summary>The words the statistics show for enum values and periods, from the module's resources.</summary>
internal static class StatisticsLabels
{
    public static string Channel(SamplingChannel channel) => InspectionText.Get("Stats.Channel." + channel);

    public static string FirmSize(FirmSize size) => InspectionText.Get("Stats.FirmSize." + size);

    public static string Quarter(int quarter) => InspectionText.Format("Stats.Quarter", quarter);

    public static string Year(int year) => InspectionText.Format("Stats.Year", year);

    public static string YearQuarter(int year, int quarter) => InspectionText.Format("Stats.YearQuarter", year, quarter);

    /// <summary>A share as a per-cent figure with one decimal, e.g. 0.8525 → "85.3%".</summary>
    public static string Percent(double? share) =>
        share is { } value ? (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";
}
