using System.Globalization;

namespace Zhixin.Inspection.NetContent;

/// <summary>
/// Numbers and dates as reports and messages print them: invariant whatever the UI culture, decimals without
/// trailing zeros (4.5, not 4.50), and a standard deviation to four places.
/// </summary>
internal static class NetContentFormat
{
    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>Derived statistics (s, λ·s, Qn − λ·s) carry float noise past the fourth place.</summary>
    public static string Statistic(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Statistic(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
