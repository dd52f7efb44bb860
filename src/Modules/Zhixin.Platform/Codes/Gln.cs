namespace Zhixin.Platform.Codes;

/// <summary>GS1 Global Location Number: 13 digits, the last a GS1 mod-10 check digit.</summary>
public readonly record struct Gln
{
    private static readonly int[] Lengths = [13];

    private Gln(string value) => Value = value;

    public string Value { get; }

    public static ParseResult<Gln> Parse(string? text)
    {
        var value = CodeText.Normalize(text);
        var problem = Gs1CheckDigit.Check(value, "Gln", Lengths);
        return problem is null ? Parsed.Valid<Gln>(new Gln(value)) : Parsed.Invalid<Gln>(problem);
    }

    public override string ToString() => Value;
}
