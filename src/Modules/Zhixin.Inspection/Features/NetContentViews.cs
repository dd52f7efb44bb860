using System.Globalization;
using System.Text.Json;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.NetContent;

namespace Zhixin.Inspection.Features;

internal sealed record NetContentCheckSummary(
    Guid Id, string EnterpriseCreditCode, string EnterpriseName, string RegionCode, string RegionName, string ProductName, string LotNumber,
    DateOnly CheckedOn, decimal Nominal, string Unit, int LotSize, int SampleSize, string Edition, Verdict Verdict, Guid? BatchId, DateTimeOffset CreatedAt);

/// <param name="Calculation">The calculator's result exactly as stored (every step; see docs/inspection-net-content.md).</param>
internal sealed record NetContentCheckDetail(NetContentCheckSummary Summary, IReadOnlyList<decimal> Measurements, string CreatedBy, JsonElement Calculation)
{
    /// <summary>The stored calculation read back as the calculator's result, for the pages.</summary>
    public NetContentResult Result() => Calculation.Deserialize<NetContentResult>(NetContentJson.Options)!;
}

internal static class NetContentViews
{
    public static NetContentCheckSummary Summary(NetContentCheck c) => new(
        c.Id, c.EnterpriseCreditCode, c.EnterpriseName, c.RegionCode, InspectionAccess.RegionName(c.RegionCode), c.ProductName, c.LotNumber,
        c.CheckedOn, c.Nominal, c.Unit, c.LotSize, Lines(c.Measurements).Count, c.Edition, c.Verdict, c.BatchId, c.CreatedAt);

    public static NetContentCheckDetail Detail(NetContentCheck c)
    {
        using var calculation = JsonDocument.Parse(c.Calculation);
        return new(Summary(c), Lines(c.Measurements), c.CreatedBy, calculation.RootElement.Clone());
    }

    /// <summary>Measurements are stored one per line, invariant, as the calculator took them.</summary>
    public static string Store(IEnumerable<decimal> measurements) =>
        string.Join('\n', measurements.Select(m => NetContentFormat.Number(m)));

    public static IReadOnlyList<decimal> Lines(string stored) =>
        [.. stored.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => decimal.Parse(line, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture))];
}
