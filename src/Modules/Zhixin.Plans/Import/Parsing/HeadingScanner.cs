namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// Recognises a numbered item at the start of a line (after any indentation, including full-width spaces).
/// Hand-written rather than a regular expression: it looks at a few characters and never backtracks.
/// Numbers inside running text never count, because only the start of the line is looked at.
/// </summary>
internal static class HeadingScanner
{
    private const int MaxArabicDigits = 3;

    public static ItemHeading? Scan(string line)
    {
        var span = line.AsSpan();
        var start = SkipIndent(span, 0);
        if (start >= span.Length)
        {
            return null;
        }

        return span[start] is '(' or '（'
            ? ScanParenthesised(line, start)
            : ScanBare(line, start);
    }

    public static int SkipIndent(ReadOnlySpan<char> span, int index)
    {
        while (index < span.Length && (char.IsWhiteSpace(span[index]) || span[index] is '\u3000' or '\uFEFF'))
        {
            index++;
        }

        return index;
    }

    private static ItemHeading? ScanParenthesised(string line, int open)
    {
        var index = SkipIndent(line, open + 1);
        var numberStart = index;
        while (index < line.Length && index - numberStart < 6 && (ChineseNumeral.IsNumeralChar(line[index]) || char.IsAsciiDigit(line[index])))
        {
            index++;
        }

        var number = line.AsSpan(numberStart, index - numberStart);
        index = SkipIndent(line, index);
        if (number.IsEmpty || index >= line.Length || line[index] is not (')' or '）'))
        {
            return null;
        }

        var rest = line[(index + 1)..].Trim();
        if (TryArabic(number, out var arabic))
        {
            return new ItemHeading(HeadingKind.ParenthesisedArabicNumeral, arabic, ItemHeading.Format(HeadingKind.ParenthesisedArabicNumeral, arabic), rest);
        }

        return ChineseNumeral.TryParse(number, out var value)
            ? new ItemHeading(HeadingKind.ParenthesisedChineseNumeral, value, "(" + number.ToString() + ")", rest)
            : null;
    }

    private static ItemHeading? ScanBare(string line, int start)
    {
        var index = start;
        while (index < line.Length && index - start < 6 && (ChineseNumeral.IsNumeralChar(line[index]) || char.IsAsciiDigit(line[index])))
        {
            index++;
        }

        if (index == start || index >= line.Length)
        {
            return null;
        }

        var number = line.AsSpan(start, index - start);
        var separator = line[index];
        var afterSeparator = index + 1 < line.Length ? line[index + 1] : ' ';
        // "1." must not be a decimal such as 1.5 or a date such as 2013.5.
        var isSeparator = separator is '、' or '，' || (separator is '.' or '．' && !char.IsAsciiDigit(afterSeparator));
        if (!isSeparator)
        {
            return null;
        }

        var rest = line[(index + 1)..].Trim();
        if (TryArabic(number, out var arabic))
        {
            return separator == '，' ? null : new ItemHeading(HeadingKind.ArabicNumeral, arabic, ItemHeading.Format(HeadingKind.ArabicNumeral, arabic), rest);
        }

        // 一、 but not 一，: a comma after a Chinese numeral is prose ("一，是…").
        return separator != '，' && ChineseNumeral.TryParse(number, out var value)
            ? new ItemHeading(HeadingKind.ChineseNumeral, value, number.ToString(), rest)
            : null;
    }

    private static bool TryArabic(ReadOnlySpan<char> number, out int value)
    {
        value = 0;
        if (number.Length > MaxArabicDigits)
        {
            return false;
        }

        foreach (var c in number)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return value > 0;
    }
}
