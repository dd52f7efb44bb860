using System.Collections.Frozen;

namespace Zhixin.Plans.Indicators;

/// <summary>
/// Maps indicator keys to the platform's computed indicators, so a target such as 产品质量监督抽查合格率 can be
/// filled from the spot-check module instead of a department's report. A key matches a name exactly, or ends with
/// it (一般产品质量监督抽查合格率 ends with 监督抽查合格率); the longest such name wins.
/// </summary>
internal sealed class ComputedIndicatorRegistry
{
    public const string InspectionPassRate = "inspection.pass-rate";

    private readonly FrozenDictionary<string, string> idsByKey;

    public ComputedIndicatorRegistry(IEnumerable<ComputedIndicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            foreach (var name in indicator.Names)
            {
                var key = IndicatorKey.Normalise(name);
                if (ids.TryGetValue(key, out var existing) && !string.Equals(existing, indicator.Id, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Indicator name {name} is claimed by both {existing} and {indicator.Id}.", nameof(indicators));
                }

                ids[key] = indicator.Id;
            }
        }

        idsByKey = ids.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The indicators this platform computes today; the spot-check module fills inspection.pass-rate.</summary>
    public static ComputedIndicatorRegistry Default { get; } = new(
    [
        new ComputedIndicator(InspectionPassRate, ["产品质量监督抽查合格率", "监督抽查合格率", "产品质量抽查合格率"]),
    ]);

    /// <summary>The computed-indicator id for a key (see <see cref="IndicatorKey"/>), or null when the platform cannot compute it.</summary>
    public string? Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var normalised = IndicatorKey.Normalise(key);
        if (idsByKey.TryGetValue(normalised, out var id))
        {
            return id;
        }

        return idsByKey
            .Where(entry => normalised.EndsWith(entry.Key, StringComparison.Ordinal))
            .OrderByDescending(entry => entry.Key.Length)
            .Select(entry => entry.Value)
            .FirstOrDefault();
    }
}
