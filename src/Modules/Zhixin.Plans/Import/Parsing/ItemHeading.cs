namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// A numbered line: its <see cref="Kind"/>, the <see cref="Value"/> of the number, the number as the output
/// writes it ("一", "(一)", "1", "(1)") and the <see cref="Rest"/> of the line after the number.
/// </summary>
internal sealed record ItemHeading(HeadingKind Kind, int Value, string Number, string Rest)
{
    public static string Format(HeadingKind kind, int value) => kind switch
    {
        HeadingKind.ChineseNumeral => ChineseNumeral.Format(value),
        HeadingKind.ParenthesisedChineseNumeral => "(" + ChineseNumeral.Format(value) + ")",
        HeadingKind.ArabicNumeral => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "(" + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")",
    };
}
