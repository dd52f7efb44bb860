using Zhixin.Platform.Regions;

namespace Zhixin.Platform.Codes;

/// <summary>A six-digit GB/T 2260 code known to the region table.</summary>
public readonly record struct RegionCode
{
    private RegionCode(Region region) => Region = region;

    public Region Region { get; }

    public string Value => Region.Code;

    public RegionLevel Level => Region.Level;

    public static ParseResult<RegionCode> Parse(string? text) => Parse(text, RegionTable.Default);

    public static ParseResult<RegionCode> Parse(string? text, RegionTable table)
    {
        var value = CodeText.Normalize(text);
        if (value.Length == 0)
        {
            return Parsed.Invalid<RegionCode>(new CodeProblem("RegionCode.Empty"));
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return Parsed.Invalid<RegionCode>(new CodeProblem("RegionCode.InvalidCharacter", i + 1, CodeText.Printable(value[i])));
            }
        }

        if (value.Length != 6)
        {
            return Parsed.Invalid<RegionCode>(new CodeProblem("RegionCode.Length", value.Length));
        }

        var region = table.Find(value);
        return region is null
            ? Parsed.Invalid<RegionCode>(new CodeProblem("RegionCode.Unknown", value))
            : Parsed.Valid<RegionCode>(new RegionCode(region));
    }

    /// <summary>True when <paramref name="other"/> is this region or lies inside it.</summary>
    public bool Contains(RegionCode other) => other.Region.Chain().Contains(Region);

    public override string ToString() => Value;
}
