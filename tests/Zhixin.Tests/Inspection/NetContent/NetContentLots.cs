using System.Globalization;
using Zhixin.Inspection.NetContent;

namespace Zhixin.Tests.Inspection.NetContent;

/// <summary>Lots built for a test: a check date under JJF 1070-2005 unless the test says otherwise.</summary>
internal static class NetContentLots
{
    public static readonly DateOnly Under2005 = new(2020, 6, 1);

    /// <summary>A decimal from an attribute argument (attributes cannot hold decimals).</summary>
    public static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    public static NetContentInput Lot(decimal nominal, string unit, long lotSize, params decimal[] measurements) =>
        new(nominal, unit, lotSize, measurements, Under2005);

    /// <summary>A lot whose n units all measure <paramref name="value"/>.</summary>
    public static NetContentInput Uniform(decimal nominal, string unit, long lotSize, int sampleSize, decimal value) =>
        Lot(nominal, unit, lotSize, [.. Enumerable.Repeat(value, sampleSize)]);

    /// <summary>Several groups of equal units, e.g. (3, 480m), (47, 502m).</summary>
    public static NetContentInput Grouped(decimal nominal, long lotSize, params (int Count, decimal Value)[] groups) =>
        Lot(nominal, "g", lotSize, [.. groups.SelectMany(group => Enumerable.Repeat(group.Value, group.Count))]);

    public static NetContentResult Judge(NetContentInput input)
    {
        var outcome = NetContentCalculator.Evaluate(input);
        Assert.True(outcome.IsSuccess, outcome.Errors.ToString());
        return outcome.Value!;
    }

    /// <summary>T for a nominal quantity, from a one-unit lot holding exactly Qn.</summary>
    public static DeficiencyStep Deficiency(decimal nominal, string unit = "g") =>
        Judge(Lot(nominal, unit, 1, nominal)).TolerableDeficiency;

    public static IReadOnlyList<(string Field, string Message)> Errors(NetContentInput input)
    {
        var outcome = NetContentCalculator.Evaluate(input);
        Assert.False(outcome.IsSuccess, "The input was accepted.");
        return outcome.Errors.All;
    }

    public static (string Field, string Message) SingleError(NetContentInput input) => Assert.Single(Errors(input));

    /// <summary>Runs <paramref name="action"/> with Chinese (the neutral language) as the UI culture, restoring it after.</summary>
    public static T InChinese<T>(Func<T> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
