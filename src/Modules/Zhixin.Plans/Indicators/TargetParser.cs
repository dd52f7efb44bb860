using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Zhixin.Plans.Indicators;

/// <summary>
/// Reads the quantified targets of a plan sentence (专栏 lines, 发展目标 paragraphs): each clause between
/// ，/；/。 that states "indicator, verb, amount" becomes one <see cref="ParsedIndicatorTarget"/>; clauses that
/// state no target are skipped. Matching runs on the text folded to simplified characters, which has the same
/// length, so names are cut from the text as written.
/// </summary>
internal static partial class TargetParser
{
    private const string Amount =
        @"(?<low>\d+(?:\.\d+)?)(?:\s*[-~～—至到]\s*(?<high>\d+(?:\.\d+)?))?\s*(?<mult>万|亿)?\s*" +
        @"(?<unit>%|‰|个百分点|百分点|平方米|公里|公顷|小时|[个篇家项件种次所人名户元吨座台套条批处分天亩倍])?\s*";

    private const string Qualifier = "(?<qual>以上|以下|以内|之内|左右)?";

    // Longer verbs first: at one position the alternation takes the first that fits (提高到 before 提高).
    private const string LevelVerbs =
        "稳定在|保持在|控制在|不低于|不少于|不高于|不超过|不多于|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|" +
        "下降到|下降至|降低到|降低至|减少到|减少至|降至|降到|达到|超过|高于|多于|突破|低于|少于|增长|提高|提升|增加|" +
        "下降|降低|减少|达|为";

    private static readonly string[] IncreaseVerbs = ["增长", "提高", "提升", "增加"];
    private static readonly string[] DecreaseVerbs = ["下降", "降低", "减少"];

    public static IReadOnlyList<ParsedIndicatorTarget> Parse(string sentence, int? contextYear)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var targets = new List<ParsedIndicatorTarget>();
        var year = contextYear;
        foreach (var clause in ClauseSeparator().Split(sentence))
        {
            // A year written in a clause holds for it and for the clauses after it (到2015年，A…，B…).
            year = YearIn(CharacterFolding.Fold(clause)) ?? year;
            var target = ReadClause(clause.Trim(), year);
            if (target is not null)
            {
                targets.Add(target);
            }
        }

        return targets;
    }

    private static int? YearIn(string clause)
    {
        var match = YearMention().Match(clause);
        return match.Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static ParsedIndicatorTarget? ReadClause(string clause, int? year)
    {
        var written = WithoutYearPhrases(clause);
        written = written[(CharacterFolding.Fold(written).LastIndexOf(':') + 1)..].Trim();
        var folded = CharacterFolding.Fold(written);
        var level = LevelTarget().Match(folded);
        if (level.Success)
        {
            return Build(written, clause, level, ComparatorFor(level.Groups["verb"].Value, level), year);
        }

        var trailing = TrailingQualifierTarget().Match(folded);
        if (trailing.Success)
        {
            return Build(written, clause, trailing, ComparatorFor(string.Empty, trailing), year);
        }

        var counted = CountedTarget().Match(folded);
        if (counted.Success)
        {
            return Build(written, clause, counted, ComparatorFor(string.Empty, counted), year);
        }

        var standard = StandardTarget().Match(folded);
        return standard.Success ? BuildQualitative(written, clause, standard, year) : null;
    }

    // Cut on the folded text (full-width digits and brackets become ASCII) so that cuts line up with the original.
    private static string WithoutYearPhrases(string clause)
    {
        var written = new StringBuilder(clause.Length);
        var start = 0;
        foreach (Match phrase in YearPhrase().Matches(CharacterFolding.Fold(clause)))
        {
            written.Append(clause, start, phrase.Index - start);
            start = phrase.Index + phrase.Length;
        }

        return written.Append(clause, start, clause.Length - start).ToString();
    }

    private static ParsedIndicatorTarget? Build(string written, string clause, Match match, TargetComparator comparator, int? year)
    {
        var name = IndicatorName(written, match.Groups["name"]);
        if (name is null)
        {
            return null;
        }

        var multiplier = Multiplier(match.Groups["mult"].Value);
        var low = Number(match.Groups["low"].Value) * multiplier;
        decimal? high = match.Groups["high"].Success ? Number(match.Groups["high"].Value) * multiplier : null;
        var unit = match.Groups["unit"].Success ? match.Groups["unit"].Value : null;
        if (high is not null && comparator is not (TargetComparator.IncreaseBy or TargetComparator.DecreaseBy))
        {
            comparator = TargetComparator.Range;
        }

        return new ParsedIndicatorTarget(name, IndicatorKey.Normalise(name), comparator, low, high, unit, year, null, clause);
    }

    private static ParsedIndicatorTarget? BuildQualitative(string written, string clause, Match match, int? year)
    {
        var name = IndicatorName(written, match.Groups["name"]);
        if (name is null)
        {
            return null;
        }

        var standard = written.Substring(match.Groups["standard"].Index, match.Groups["standard"].Length);
        return new ParsedIndicatorTarget(
            name, IndicatorKey.Normalise(name), TargetComparator.ReachesStandard, null, null, null, year, standard, clause);
    }

    // The name is cut from the written text at the folded match's position; lead-ins such as 力争 and
    // modal words such as 要 are not part of the indicator.
    private static string? IndicatorName(string written, Group group)
    {
        var name = written.Substring(group.Index, group.Length).Trim();
        var folded = CharacterFolding.Fold(name);
        var lead = NameLeadIn().Match(folded);
        var tail = NameModalTail().Match(folded);
        var end = tail.Success ? tail.Index : name.Length;
        name = lead.Length < end ? name[lead.Length..end].Trim() : string.Empty;
        return IndicatorKey.Normalise(name).Any(char.IsLetter) ? name : null;
    }

    private static TargetComparator ComparatorFor(string verb, Match match)
    {
        if (IncreaseVerbs.Contains(verb, StringComparer.Ordinal))
        {
            return TargetComparator.IncreaseBy;
        }

        if (DecreaseVerbs.Contains(verb, StringComparer.Ordinal))
        {
            return TargetComparator.DecreaseBy;
        }

        var strict = verb switch
        {
            "超过" or "高于" or "多于" or "突破" => TargetComparator.MoreThan,
            "低于" or "少于" => TargetComparator.LessThan,
            "不低于" or "不少于" => TargetComparator.AtLeast,
            "不高于" or "不超过" or "不多于" => TargetComparator.AtMost,
            _ => (TargetComparator?)null,
        };
        if (strict is not null)
        {
            return strict.Value;
        }

        // Verbs that only name a level (达到, 稳定在, 控制在, 降至…) take their direction from the qualifier when
        // there is one (达到85%左右 is about 85), otherwise from the verb.
        return match.Groups["qual"].Value switch
        {
            "以上" => TargetComparator.AtLeast,
            "以下" or "以内" or "之内" => TargetComparator.AtMost,
            "左右" => TargetComparator.About,
            _ => IsDownwardLevel(verb) ? TargetComparator.AtMost : TargetComparator.AtLeast,
        };
    }

    private static bool IsDownwardLevel(string verb) =>
        verb.StartsWith("控制", StringComparison.Ordinal)
        || verb.StartsWith("下降", StringComparison.Ordinal)
        || verb.StartsWith('降')
        || verb.StartsWith("减少", StringComparison.Ordinal);

    private static decimal Multiplier(string multiplier) => multiplier switch
    {
        "万" => 10_000m,
        "亿" => 100_000_000m,
        _ => 1m,
    };

    private static decimal Number(string digits) => decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    [GeneratedRegex("[,;。，；]")]
    private static partial Regex ClauseSeparator();

    // Ranges such as 2011-2020年 name a period, not a target year, so a year right after a dash does not count.
    [GeneratedRegex(@"(?<![\d-])(?<year>(?:19|20)\d{2})年(?![\d-])")]
    private static partial Regex YearMention();

    [GeneratedRegex(@"\(?(?:到|至)?(?<![\d-])(?:19|20)\d{2}年(?:底|末)?(?![\d-])\)?")]
    private static partial Regex YearPhrase();

    [GeneratedRegex("^(?<name>.+?)(?<verb>" + LevelVerbs + @")\s*" + Amount + Qualifier + "$")]
    private static partial Regex LevelTarget();

    // 全省完成质量分析报告200篇以上: no verb before the amount, so the qualifier is required to call it a target.
    [GeneratedRegex(@"^(?<name>.+?[^\d.\s])\s*" + Amount + "(?<qual>以上|以下|以内|之内|左右)$")]
    private static partial Regex TrailingQualifierTarget();

    // 重点培育1-2个省级以上名牌产品: the counted thing follows the amount and is the indicator.
    [GeneratedRegex(@"^.*?(?:培育|新增|新建|建成|创建|打造|争创|认定|组建|扶持)\s*(?<low>\d+(?:\.\d+)?)(?:\s*[-~～—至到]\s*(?<high>\d+(?:\.\d+)?))?\s*(?<mult>万|亿)?(?<unit>[个家项所座])" + Qualifier + @"(?<name>\D.*)$")]
    private static partial Regex CountedTarget();

    [GeneratedRegex("^(?<name>.+?)(?:达到|符合|达)(?<standard>.*(?:标准|要求|水平))$")]
    private static partial Regex StandardTarget();

    [GeneratedRegex("^(?:力争|确保|争取|实现)*")]
    private static partial Regex NameLeadIn();

    [GeneratedRegex("(?:要|均|都|将|应|必须)$")]
    private static partial Regex NameModalTail();
}
