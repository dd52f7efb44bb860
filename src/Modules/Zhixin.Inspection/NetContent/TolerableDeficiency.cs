namespace Zhixin.Inspection.NetContent;

/// <summary>
/// T for a nominal quantity: found in the base unit (the table's g, mL, m, m² or units) from the band
/// holding Qn, rounded by the edition's rule for that Qn, then expressed in the declared unit.
/// </summary>
internal static class TolerableDeficiency
{
    public static DeficiencyStep Find(CheckedLot lot)
    {
        ArgumentNullException.ThrowIfNull(lot);
        var unit = lot.Unit;
        var nominal = unit.ToBase(lot.Input.Nominal);
        var raw = lot.Band.RawDeficiency(nominal);
        var rounding = lot.Table.RoundingFor(nominal);
        var rounded = rounding?.Apply(raw) ?? raw;
        var value = unit.FromBase(rounded);
        return new DeficiencyStep(unit.Kind, unit.BaseSymbol, nominal, lot.Band, lot.Band.Describe(unit.BaseSymbol),
            raw, rounding, rounded, value, Derive(lot.Band, nominal, raw, rounding, rounded, unit, value));
    }

    private static string Derive(ToleranceBand band, decimal nominal, decimal raw, RoundingRule? rounding, decimal rounded, NetContentUnit unit, decimal value)
    {
        var baseUnit = unit.BaseSymbol;
        var parts = new List<string>
        {
            band.Percent is { } percent
                ? $"{NetContentFormat.Number(percent)} % × {NetContentFormat.Number(nominal)} {baseUnit} = {NetContentFormat.Number(raw)} {baseUnit}"
                : InspectionText.Format("NetContent.Derivation.Absolute", NetContentFormat.Number(raw), baseUnit),
            rounding is null
                ? InspectionText.Get("NetContent.Derivation.NotRounded")
                : InspectionText.Format("NetContent.Derivation.Rounded", NetContentFormat.Number(rounding.Step), baseUnit,
                    InspectionText.Get($"NetContent.Rounding.{rounding.Mode}"), NetContentFormat.Number(rounded)),
        };
        if (unit.PerBase != 1m)
        {
            parts.Add(InspectionText.Format("NetContent.Derivation.InDeclaredUnit", NetContentFormat.Number(value), unit.Symbol));
        }

        return string.Join(InspectionText.Get("NetContent.Separator"), parts);
    }
}
