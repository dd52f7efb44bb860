namespace Zhixin.Inspection.NetContent;

/// <summary>
/// How the tolerable deficiency T was found: the band holding Qn (in the table's base unit), T before and
/// after rounding in that unit, and T in the declared unit.
/// </summary>
/// <param name="Rounding">Null when the edition gives no rounding rule for this kind (length, area).</param>
/// <param name="Value">T in the declared unit.</param>
/// <param name="Derivation">The calculation in words, e.g. "1.5 % × 1500 g = 22.5 g; 修约到 1 g（四舍五入）: 23 g".</param>
internal sealed record DeficiencyStep(
    QuantityKind Kind,
    string BaseUnit,
    decimal NominalInBase,
    ToleranceBand Band,
    string BandText,
    decimal RawInBase,
    RoundingRule? Rounding,
    decimal RoundedInBase,
    decimal Value,
    string Derivation);
