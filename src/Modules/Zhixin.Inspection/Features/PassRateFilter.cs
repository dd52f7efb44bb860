using System.Globalization;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Statistics;
using Zhixin.Platform.Data;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features;

/// <summary>
/// What the pass-rate table, its export and the trend share: which tested batches count (filters), and how their
/// intervals are computed. Voided batches and batches outside the caller's scope are left out by the context.
/// </summary>
internal sealed record PassRateFilter(
    string? ProductCode,
    string? CategoryCode,
    string? RegionCode,
    SamplingChannel? Channel,
    FirmSize? FirmSize,
    Guid? PlanId,
    RateOptions Options)
{
    public const double MinConfidenceLevel = 0.8;
    public const double MaxConfidenceLevel = 0.999;

    public const string Wilson = "wilson";
    public const string ClopperPearson = "clopper-pearson";

    public string MethodName => Options.Method == IntervalMethod.Wilson ? Wilson : ClopperPearson;

    /// <summary>Reads the shared query parameters; problems go to <paramref name="errors"/> under the parameter's name.</summary>
    public static PassRateFilter Parse(
        FieldErrors errors, string? product, string? category, string? region, string? channel, string? firmSize, Guid? plan, string? method, double? confidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(errors);
        // A province or city may be given by its prefix (35, 3502) as well as by its code (350000, 350200).
        var regionText = region?.Trim();
        if (regionText is { Length: 2 or 4 } && regionText.All(char.IsAsciiDigit))
        {
            regionText = regionText.PadRight(6, '0');
        }

        var regionCode = regionText is { Length: > 0 } && regionText != "000000"
            ? errors.Check("region", Platform.Codes.RegionCode.Parse(regionText))?.Value
            : null;
        var options = RateOptions.Default with
        {
            Method = ParseMethod(errors, method),
            ConfidenceLevel = ParseLevel(errors, confidenceLevel),
        };
        return new PassRateFilter(
            Fields.Optional(errors, "product", product, 10),
            Fields.Optional(errors, "category", category, 10),
            regionCode,
            ParseEnum<SamplingChannel>(errors, "channel", channel, "Stats.ChannelInvalid"),
            ParseEnum<FirmSize>(errors, "firmSize", firmSize, "Stats.FirmSizeInvalid"),
            plan,
            options);
    }

    /// <summary>The tested batches that match: a batch counts once its lab verdict is in.</summary>
    public IQueryable<SampleBatch> Apply(IQueryable<SampleBatch> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var query = batches.Where(b => b.Verdict != null);
        if (ProductCode is { } product)
        {
            query = query.Where(b => b.ProductCode == product);
        }

        if (CategoryCode is { } category)
        {
            query = query.Where(b => b.CategoryCode == category);
        }

        if (RegionCode is { } region)
        {
            var (from, to) = InspectionAccess.Range(region);
            query = query.WhereBetween(b => b.RegionCode, from, to);
        }

        if (Channel is { } channel)
        {
            query = query.Where(b => b.Channel == channel);
        }

        if (FirmSize is { } size)
        {
            query = query.Where(b => b.FirmSize == size);
        }

        if (PlanId is { } plan)
        {
            query = query.Where(b => b.PlanId == plan);
        }

        return query;
    }

    /// <summary>
    /// The filters in words, one line each, for the export's header block and the page. Without a region filter
    /// the area is the caller's own (<paramref name="scopeRegion"/>), which the context limits the rows to anyway.
    /// </summary>
    public IReadOnlyList<string> Describe(string? scopeRegion)
    {
        var lines = new List<string>();
        if (ProductCode is not null)
        {
            lines.Add(InspectionText.Format("Stats.Filter.Product", ProductCode));
        }

        if (CategoryCode is not null)
        {
            lines.Add(InspectionText.Format("Stats.Filter.Category", CategoryCode));
        }

        lines.Add(InspectionText.Format("Stats.Filter.Region", InspectionAccess.RegionName(RegionCode ?? scopeRegion ?? "000000")));
        if (Channel is { } channel)
        {
            lines.Add(InspectionText.Format("Stats.Filter.Channel", StatisticsLabels.Channel(channel)));
        }

        if (FirmSize is { } size)
        {
            lines.Add(InspectionText.Format("Stats.Filter.FirmSize", StatisticsLabels.FirmSize(size)));
        }

        if (PlanId is { } plan)
        {
            lines.Add(InspectionText.Format("Stats.Filter.Plan", plan));
        }

        lines.Add(InspectionText.Format(
            "Stats.Filter.Method",
            InspectionText.Get(Options.Method == IntervalMethod.Wilson ? "Stats.Method.Wilson" : "Stats.Method.ClopperPearson"),
            Options.ConfidenceLevel.ToString("0.###%", CultureInfo.InvariantCulture)));
        return lines;
    }

    private static IntervalMethod ParseMethod(FieldErrors errors, string? method)
    {
        switch (method?.Trim().ToLowerInvariant())
        {
            case null or "" or Wilson:
                return IntervalMethod.Wilson;
            case ClopperPearson or "exact":
                return IntervalMethod.ClopperPearson;
            default:
                errors.Add("method", InspectionText.Format("Stats.MethodInvalid", method!));
                return IntervalMethod.Wilson;
        }
    }

    private static double ParseLevel(FieldErrors errors, double? level)
    {
        if (level is null)
        {
            return Confidence.DefaultLevel;
        }

        if (level is >= MinConfidenceLevel and <= MaxConfidenceLevel)
        {
            return level.Value;
        }

        errors.Add("confidenceLevel", InspectionText.Format("Stats.LevelOutOfRange", MinConfidenceLevel, MaxConfidenceLevel));
        return Confidence.DefaultLevel;
    }

    private static T? ParseEnum<T>(FieldErrors errors, string field, string? text, string messageKey)
        where T : struct, Enum
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // Names only: a number such as "7" would parse to an undefined value.
        if (!char.IsAsciiDigit(value[0]) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        errors.Add(field, InspectionText.Get(messageKey));
        return null;
    }
}
