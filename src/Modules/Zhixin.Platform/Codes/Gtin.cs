namespace Zhixin.Platform.Codes;

/// <summary>
/// GS1 Global Trade Item Number in any of its four lengths (GTIN-8, -12, -13, -14). Stored in the
/// 14-digit form GS1 recommends for databases, so that the EAN-13 6901234567892 and its GTIN-14
/// 06901234567892 are one product.
/// </summary>
public readonly record struct Gtin
{
    private static readonly int[] Lengths = [8, 12, 13, 14];

    private Gtin(string value) => Value = value;

    /// <summary>The 14-digit form.</summary>
    public string Value { get; }

    /// <summary>The form printed under Chinese retail barcodes: 13 digits when the 14-digit form starts with 0.</summary>
    public string Display => Value[0] == '0' ? Value[1..] : Value;

    public static ParseResult<Gtin> Parse(string? text)
    {
        var value = CodeText.Normalize(text);
        var problem = Gs1CheckDigit.Check(value, "Gtin", Lengths);
        return problem is null
            ? Parsed.Valid<Gtin>(new Gtin(value.PadLeft(14, '0')))
            : Parsed.Invalid<Gtin>(problem);
    }

    public override string ToString() => Display;
}
