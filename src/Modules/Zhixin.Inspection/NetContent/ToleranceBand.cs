using System.Globalization;

namespace Zhixin.Inspection.NetContent;

/// <summary>
/// One row of the tolerable-deficiency table: for a nominal quantity in (<see cref="Above"/>, <see cref="UpTo"/>]
/// in the base unit, T is <see cref="Percent"/> % of Qn or the fixed <see cref="Absolute"/> amount. Bands are
/// open below and closed above (Qn = 50 g belongs to the band that ends at 50), as the edition's data says.
/// </summary>
/// <param name="UpTo">The inclusive upper edge; null for the last, open-ended band.</param>
internal sealed record ToleranceBand(decimal Above, decimal? UpTo, decimal? Percent, decimal? Absolute)
{
    public bool Contains(decimal nominal) => nominal > Above && (UpTo is null || nominal <= UpTo);

    /// <summary>T before rounding, in the base unit.</summary>
    public decimal RawDeficiency(decimal nominal) => Percent is { } percent ? nominal * percent / 100m : Absolute!.Value;

    /// <summary>The band as a regulator reads it, e.g. "1000 &lt; Qn ≤ 10000 g: 1.5 %".</summary>
    public string Describe(string baseUnit)
    {
        var range = UpTo is { } upTo
            ? $"{NetContentFormat.Number(Above)} < Qn ≤ {NetContentFormat.Number(upTo)} {baseUnit}"
            : $"Qn > {NetContentFormat.Number(Above)} {baseUnit}";
        var rule = Percent is { } percent
            ? $"{NetContentFormat.Number(percent)} %"
            : $"{NetContentFormat.Number(Absolute!.Value)} {baseUnit}";
        return string.Create(CultureInfo.InvariantCulture, $"{range}: T = {rule}");
    }
}
