namespace Zhixin.Inspection.NetContent;

/// <summary>The tolerable-deficiency rule of one or more quantity kinds (mass and volume share theirs).</summary>
/// <param name="Rounding">Empty when the edition gives no rounding rule: T is then used as computed.</param>
internal sealed record DeficiencyTable(IReadOnlyList<QuantityKind> Kinds, IReadOnlyList<ToleranceBand> Bands, IReadOnlyList<RoundingRule> Rounding)
{
    /// <summary>The band holding the nominal quantity (in the base unit); null when it lies outside the table.</summary>
    public ToleranceBand? BandFor(decimal nominal) => Bands.FirstOrDefault(band => band.Contains(nominal));

    public RoundingRule? RoundingFor(decimal nominal) => Rounding.FirstOrDefault(rule => rule.Contains(nominal));

    /// <summary>The largest nominal quantity the table covers; null when its last band is open-ended.</summary>
    public decimal? Maximum => Bands.Count == 0 ? null : Bands[^1].UpTo;

    /// <summary>What is wrong with the table: bands that leave a gap, overlap or state T twice or not at all.</summary>
    public IEnumerable<string> Problems()
    {
        var name = string.Join("/", Kinds);
        if (Kinds.Count == 0 || Bands.Count == 0)
        {
            yield return $"A tolerable-deficiency table ({name}) needs kinds and bands.";
            yield break;
        }

        if (Bands[0].Above != 0)
        {
            yield return $"The {name} table starts above {Bands[0].Above}, not above 0.";
        }

        for (var i = 0; i < Bands.Count; i++)
        {
            var band = Bands[i];
            if (band.Percent is null == band.Absolute is null)
            {
                yield return $"The {name} band above {band.Above} must give exactly one of percent and absolute.";
            }

            if (band.UpTo is { } upTo && upTo <= band.Above)
            {
                yield return $"The {name} band above {band.Above} ends at {upTo}, not after it starts.";
            }

            if (i + 1 < Bands.Count && band.UpTo != Bands[i + 1].Above)
            {
                yield return $"The {name} bands above {band.Above} and above {Bands[i + 1].Above} do not meet.";
            }
        }

        foreach (var rule in Rounding.Where(rule => rule.Step <= 0))
        {
            yield return $"The {name} rounding rule above {rule.Above} has a step of {rule.Step}.";
        }
    }
}
