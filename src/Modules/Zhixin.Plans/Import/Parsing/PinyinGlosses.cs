using System.Text.RegularExpressions;

namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// Removes the pinyin readings some sites insert after characters, e.g. 質(zhì)量 or 萍鄉(xiāng)市. A gloss is a
/// run of lowercase Latin letters with at least one tone mark, in ASCII or full-width parentheses, directly after
/// a CJK character. Real parentheses such as (2011-2020年), (一), (市、區) or (QC) have no tone-marked syllable.
/// </summary>
internal static partial class PinyinGlosses
{
    public static string Remove(string text) =>
        text.Contains('(', StringComparison.Ordinal) || text.Contains('（', StringComparison.Ordinal)
            ? Gloss().Replace(text, "")
            : text;

    // Preceded by a Han character (lookbehind is not available with NonBacktracking, so the pattern is
    // simple and linear instead: a bounded class run between fixed delimiters cannot backtrack badly).
    [GeneratedRegex(@"(?<=[\u3400-\u9FFF])[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,5}[)）]", RegexOptions.CultureInvariant)]
    private static partial Regex Gloss();
}
