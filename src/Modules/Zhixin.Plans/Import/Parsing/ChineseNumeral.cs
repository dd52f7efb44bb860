namespace Zhixin.Plans.Import.Parsing;

/// <summary>Chinese numerals as plans number their parts: 一 … 九十九 (and 一百 …), with 〇/零/两 variants.</summary>
internal static class ChineseNumeral
{
    private const string Digits = "〇一二三四五六七八九";

    public static bool IsNumeralChar(char c) => DigitValue(c) >= 0 || c is '十' or '百' or '拾' or '佰';

    /// <summary>Reads 一, 十, 十一, 二十, 二十三, 一百零五 …; false for anything else, including the empty string.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 6)
        {
            return false;
        }

        int total = 0, pending = -1;
        foreach (var c in text)
        {
            var digit = DigitValue(c);
            if (digit == 0 && total > 0 && pending < 0)
            {
                // 一百零五: 零 only marks the empty tens place.
                continue;
            }

            if (digit >= 0)
            {
                if (pending >= 0)
                {
                    return false;
                }

                pending = digit;
            }
            else if (c is '十' or '拾')
            {
                total += (pending < 0 ? 1 : pending) * 10;
                pending = -1;
            }
            else if (c is '百' or '佰')
            {
                total += (pending < 0 ? 1 : pending) * 100;
                pending = -1;
            }
            else
            {
                return false;
            }
        }

        value = total + Math.Max(pending, 0);
        return value > 0;
    }

    /// <summary>Reads a date written in Chinese numerals, e.g. 二〇一二 as 2012 (digit by digit).</summary>
    public static int ReadDigitByDigit(ReadOnlySpan<char> text)
    {
        var value = 0;
        foreach (var c in text)
        {
            var digit = DigitValue(c);
            if (digit < 0)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    /// <summary>Writes 1 … 999 the way plans number their items: 一, 十, 十一, 二十, 一百零五.</summary>
    public static string Format(int value)
    {
        if (value is <= 0 or > 999)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var hundreds = value / 100;
        var tens = value / 10 % 10;
        var units = value % 10;
        var text = new System.Text.StringBuilder();
        if (hundreds > 0)
        {
            text.Append(Digits[hundreds]).Append('百');
            if (tens == 0 && units > 0)
            {
                text.Append('零');
            }
        }

        if (tens > 0)
        {
            if (tens > 1 || hundreds > 0)
            {
                text.Append(Digits[tens]);
            }

            text.Append('十');
        }

        if (units > 0)
        {
            text.Append(Digits[units]);
        }

        return text.ToString();
    }

    private static int DigitValue(char c) => c switch
    {
        '零' or '○' or 'О' or '０' => 0,
        '两' or '兩' => 2,
        _ => Digits.IndexOf(c, StringComparison.Ordinal),
    };
}
