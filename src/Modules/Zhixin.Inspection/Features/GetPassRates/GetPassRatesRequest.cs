using System.Globalization;
using Zhixin.Inspection.Statistics;
using Zhixin.Platform.Regions;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.GetPassRates;

/// <summary>
/// The query string of the pass-rate table and of its export. <c>groupBy</c> is one or two of product, category,
/// region, firmSize, channel, quarter (comma-separated); <c>weights</c> is "key:weight,key:weight" over the first one.
/// </summary>
internal sealed record GetPassRatesRequest(
    int? Year,
    DateOnly? From,
    DateOnly? To,
    int? Quarter,
    string? GroupBy,
    string? RegionLevel,
    string? Product,
    string? Category,
    string? Region,
    string? Channel,
    string? FirmSize,
    Guid? Plan,
    string? Method,
    double? ConfidenceLevel,
    string? Weights,
    string? Order);

/// <summary>A weight given to one key of the first dimension, e.g. a province's industrial output.</summary>
internal sealed record OutputWeight(string Key, double Weight);

/// <summary>A checked <see cref="GetPassRatesRequest"/>.</summary>
internal sealed record PassRatesSpec(
    StatisticsPeriod Period,
    IReadOnlyList<PassRateDimension> Dimensions,
    RegionLevel RegionLevel,
    PassRateFilter Filter,
    IReadOnlyList<OutputWeight>? Weights,
    RankOrder Order)
{
    public const int MaxDimensions = 2;

    public static PassRatesSpec? Parse(GetPassRatesRequest request, string? callerRegion, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        var count = errors.All.Count;
        var period = StatisticsPeriod.Parse(errors, request.Year, request.From, request.To, request.Quarter);
        var filter = PassRateFilter.Parse(errors, request.Product, request.Category, request.Region, request.Channel, request.FirmSize,
            request.Plan, request.Method, request.ConfidenceLevel);
        var dimensions = ParseDimensions(errors, request.GroupBy);
        var level = ParseRegionLevel(errors, request.RegionLevel, filter.RegionCode ?? callerRegion);
        var weights = ParseWeights(errors, request.Weights);
        var order = request.Order?.Trim().ToLowerInvariant() switch
        {
            null or "" or "best" => RankOrder.HighestPassRateFirst,
            "worst" => RankOrder.HighestNonConformityFirst,
            _ => (RankOrder?)null,
        };
        if (order is null)
        {
            errors.Add("order", InspectionText.Get("Stats.OrderInvalid"));
        }

        return errors.All.Count == count ? new PassRatesSpec(period!, dimensions, level, filter, weights, order!.Value) : null;
    }

    private static List<PassRateDimension> ParseDimensions(FieldErrors errors, string? groupBy)
    {
        var names = (groupBy ?? "product").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var dimensions = new List<PassRateDimension>();
        foreach (var name in names)
        {
            if (PassRateDimensions.Find(name) is not { } dimension)
            {
                errors.Add("groupBy", InspectionText.Format("Stats.GroupByUnknown", name, PassRateDimensions.Names));
            }
            else if (dimensions.Contains(dimension))
            {
                errors.Add("groupBy", InspectionText.Format("Stats.GroupByRepeated", name));
            }
            else
            {
                dimensions.Add(dimension);
            }
        }

        if (names.Length is 0 or > MaxDimensions)
        {
            errors.Add("groupBy", InspectionText.Format("Stats.GroupByCount", MaxDimensions));
        }

        return dimensions;
    }

    /// <summary>The level asked for, else the level below the region looked at (the whole country by provinces, a province by cities …).</summary>
    private static RegionLevel ParseRegionLevel(FieldErrors errors, string? text, string? around)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "province":
                return RegionLevel.Province;
            case "city":
                return RegionLevel.City;
            case "county":
                return RegionLevel.County;
            case null or "":
                return around is null or "000000" ? RegionLevel.Province
                    : RegionTable.LevelOf(around) == RegionLevel.Province ? RegionLevel.City
                    : RegionLevel.County;
            default:
                errors.Add("regionLevel", InspectionText.Get("Stats.RegionLevelInvalid"));
                return RegionLevel.County;
        }
    }

    private static List<OutputWeight>? ParseWeights(FieldErrors errors, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var weights = new List<OutputWeight>();
        foreach (var entry in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = entry.LastIndexOf(':');
            var key = colon > 0 ? entry[..colon].Trim() : "";
            if (key.Length == 0 || !double.TryParse(entry[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                errors.Add("weights", InspectionText.Format("Stats.WeightFormat", entry));
            }
            else if (!double.IsFinite(weight) || weight <= 0)
            {
                errors.Add("weights", InspectionText.Format("Stats.WeightNotPositive", key, entry[(colon + 1)..]));
            }
            else if (weights.Exists(w => string.Equals(w.Key, key, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add("weights", InspectionText.Format("Stats.WeightRepeated", key));
            }
            else
            {
                weights.Add(new OutputWeight(key, weight));
            }
        }

        return weights;
    }
}
