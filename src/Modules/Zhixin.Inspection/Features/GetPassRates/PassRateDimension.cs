using System.Globalization;
using System.Linq.Expressions;
using Zhixin.Inspection.Domain;
using Zhixin.Platform.Regions;

namespace Zhixin.Inspection.Features.GetPassRates;

/// <summary>What a pass-rate table is grouped by (the groupBy parameter).</summary>
internal enum PassRateDimension
{
    Product,
    Category,
    Region,
    FirmSize,
    Channel,
    Quarter,
}

/// <summary>Each dimension's name in the query string, its key in SQL and its key and name in the answer.</summary>
internal static class PassRateDimensions
{
    private static readonly Dictionary<string, PassRateDimension> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["product"] = PassRateDimension.Product,
        ["category"] = PassRateDimension.Category,
        ["region"] = PassRateDimension.Region,
        ["firmSize"] = PassRateDimension.FirmSize,
        ["channel"] = PassRateDimension.Channel,
        ["quarter"] = PassRateDimension.Quarter,
    };

    public static string Names => string.Join("、", ByName.Keys);

    public static PassRateDimension? Find(string name) => ByName.TryGetValue(name, out var dimension) ? dimension : null;

    public static string NameOf(PassRateDimension dimension) => ByName.First(pair => pair.Value == dimension).Key;

    /// <summary>
    /// The group key as text in SQL. Regions are grouped at a level by the first 2 or 4 digits of the county code,
    /// padded back to the province's or city's own code; enums and quarters by their number.
    /// </summary>
#pragma warning disable CA1305, CA1845 // Expression trees for SQL: EF translates Substring and ToString(), not spans or format providers.
    public static Expression<Func<SampleBatch, string>> Key(PassRateDimension dimension, RegionLevel regionLevel) => dimension switch
    {
        PassRateDimension.Product => b => b.ProductCode,
        PassRateDimension.Category => b => b.CategoryCode,
        PassRateDimension.Region => regionLevel switch
        {
            RegionLevel.Province => b => b.RegionCode.Substring(0, 2) + "0000",
            RegionLevel.City => b => b.RegionCode.Substring(0, 4) + "00",
            _ => b => b.RegionCode,
        },
        PassRateDimension.FirmSize => b => ((int)b.FirmSize).ToString(),
        PassRateDimension.Channel => b => ((int)b.Channel).ToString(),
        PassRateDimension.Quarter => b => b.SampleQuarter.ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };

    /// <summary>The sampling year as text, the trend's first key.</summary>
    public static Expression<Func<SampleBatch, string>> Year() => b => b.SampleYear.ToString();
#pragma warning restore CA1305, CA1845

    /// <summary>The key as the answer gives it: codes as they are, enums by name (Large, ECommerce), quarters 1–4.</summary>
    public static string Code(PassRateDimension dimension, string sqlKey) => dimension switch
    {
        PassRateDimension.FirmSize => ((FirmSize)int.Parse(sqlKey, CultureInfo.InvariantCulture)).ToString(),
        PassRateDimension.Channel => ((SamplingChannel)int.Parse(sqlKey, CultureInfo.InvariantCulture)).ToString(),
        _ => sqlKey,
    };

    /// <summary>The key's name for people; products and categories by the names found with the batches.</summary>
    public static string Label(PassRateDimension dimension, string code, IReadOnlyDictionary<string, string> names) => dimension switch
    {
        PassRateDimension.Product or PassRateDimension.Category => names.GetValueOrDefault(code) ?? code,
        PassRateDimension.Region => InspectionAccess.RegionName(code),
        PassRateDimension.FirmSize => StatisticsLabels.FirmSize(Enum.Parse<FirmSize>(code)),
        PassRateDimension.Channel => StatisticsLabels.Channel(Enum.Parse<SamplingChannel>(code)),
        PassRateDimension.Quarter => StatisticsLabels.Quarter(int.Parse(code, CultureInfo.InvariantCulture)),
        _ => code,
    };
}
