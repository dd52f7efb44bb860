namespace Zhixin.Inspection.NetContent;

/// <summary>
/// A unit a net content may be declared in. The tables are written in a base unit per kind (g, mL, m, m²,
/// units), so a quantity is converted by <see cref="PerBase"/> to find T and back to be shown as declared.
/// </summary>
/// <param name="Symbol">The symbol shown in results.</param>
/// <param name="PerBase">How many base units one of this unit is (kg: 1000 g).</param>
/// <param name="Aliases">Other spellings accepted on input (Chinese names, "m2" for m²).</param>
internal sealed record NetContentUnit(string Symbol, QuantityKind Kind, string BaseSymbol, decimal PerBase, IReadOnlyList<string> Aliases)
{
    /// <summary>
    /// The accepted units. Count units are each their own base, so a lot declared in 粒 is reported in 粒.
    /// Matching is exact (no case folding), because "ML" could be read as megalitres.
    /// </summary>
    public static IReadOnlyList<NetContentUnit> All { get; } =
    [
        new("g", QuantityKind.Mass, "g", 1m, ["克"]),
        new("kg", QuantityKind.Mass, "g", 1000m, ["千克", "公斤"]),
        new("mg", QuantityKind.Mass, "g", 0.001m, ["毫克"]),
        new("mL", QuantityKind.Volume, "mL", 1m, ["ml", "毫升"]),
        new("L", QuantityKind.Volume, "mL", 1000m, ["l", "升"]),
        new("m", QuantityKind.Length, "m", 1m, ["米"]),
        new("cm", QuantityKind.Length, "m", 0.01m, ["厘米"]),
        new("mm", QuantityKind.Length, "m", 0.001m, ["毫米"]),
        new("m²", QuantityKind.Area, "m²", 1m, ["m2", "平方米"]),
        Counted("个"),
        Counted("件"),
        Counted("只"),
        Counted("支"),
        Counted("片"),
        Counted("粒"),
        Counted("张"),
        Counted("pcs"),
    ];

    /// <summary>The accepted spellings, for the message that rejects an unknown one.</summary>
    public static string AcceptedList => string.Join(", ", All.Select(unit => unit.Aliases.Count == 0
        ? unit.Symbol
        : $"{unit.Symbol} ({string.Join(", ", unit.Aliases)})"));

    public static NetContentUnit? Find(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed)
            ? null
            : All.FirstOrDefault(unit => unit.Symbol == trimmed || unit.Aliases.Contains(trimmed, StringComparer.Ordinal));
    }

    public decimal ToBase(decimal value) => value * PerBase;

    public decimal FromBase(decimal value) => value / PerBase;

    private static NetContentUnit Counted(string symbol) => new(symbol, QuantityKind.Count, symbol, 1m, []);
}
