using System.Globalization;
using System.Text.RegularExpressions;

namespace Zhixin.Plans.Import.Parsing;

/// <summary>Dates as plans write them: 二〇一二年七月十三日, 2013年5月23日, 2013-05-16.</summary>
internal static partial class PlanDates
{
    /// <summary>A line that is nothing but a date (the signature date of a notice).</summary>
    public static DateOnly? ReadWholeLine(string line)
    {
        var trimmed = line.Trim().Trim('\u3000');
        var digits = DigitDate().Match(trimmed);
        if (digits.Success)
        {
            return Create(Number(digits.Groups[1].Value), Number(digits.Groups[2].Value), Number(digits.Groups[3].Value));
        }

        var chinese = ChineseDate().Match(trimmed);
        if (chinese.Success)
        {
            var year = ChineseNumeral.ReadDigitByDigit(chinese.Groups[1].Value);
            return ChineseNumeral.TryParse(chinese.Groups[2].Value, out var month) && ChineseNumeral.TryParse(chinese.Groups[3].Value, out var day)
                ? Create(year, month, day)
                : null;
        }

        return null;
    }

    /// <summary>A 发布日期/成文日期 field (not 发布时间, which is when a site posted its copy).</summary>
    public static DateOnly? ReadField(string line)
    {
        var field = DateField().Match(line);
        return field.Success
            ? Create(Number(field.Groups[1].Value), Number(field.Groups[2].Value), Number(field.Groups[3].Value))
            : null;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateOnly? Create(int year, int month, int day) =>
        year is >= 1949 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"^(\d{4})\s*(?:年\s*|[-./])(\d{1,2})\s*(?:月\s*|[-./])(\d{1,2})\s*日?$", RegexOptions.NonBacktracking)]
    private static partial Regex DigitDate();

    [GeneratedRegex(@"^([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$", RegexOptions.NonBacktracking)]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"(?:发布日期|發布日期|成文日期|印发日期|印發日期)[】\]\s:：]*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})", RegexOptions.NonBacktracking)]
    private static partial Regex DateField();
}
