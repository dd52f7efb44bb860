using System.Text.RegularExpressions;

namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// Collects quantified targets ("产品质量监督抽查合格率稳定在85%以上"): clauses that hold a number and a
/// comparison word (达到, 稳定在, 超过, 以上 …). One target per clause, split at 。；，; white space inside is
/// dropped ("10 个" is "10个"); a clause whose only numbers are years ("到2015年") is no target.
/// </summary>
internal static partial class TargetCollector
{
    private const int MaxTargetLength = 80;

    public static IReadOnlyList<ParsedTarget> Collect(IEnumerable<(int Line, string Text)> lines)
    {
        var targets = new List<ParsedTarget>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, text) in lines)
        {
            foreach (var clause in ClauseBreak().Split(text))
            {
                var compact = new string([.. clause.Where(c => !char.IsWhiteSpace(c) && c != '\u3000')]).Trim('-', '—');
                if (compact.Length is > 4 and <= MaxTargetLength && Comparison().IsMatch(compact) && HasQuantity(compact) && seen.Add(compact))
                {
                    targets.Add(new ParsedTarget(compact, line));
                }
            }
        }

        return targets;
    }

    private static bool HasQuantity(string clause)
    {
        foreach (Match number in Quantity().Matches(clause))
        {
            var after = number.Index + number.Length;
            if (after >= clause.Length || clause[after] != '年')
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[。；;，,]|\s{2,}|\u3000", RegexOptions.NonBacktracking)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex("达到|達到|稳定在|穩定在|保持在|控制在|超过|超過|提高到|提高至|提升到|提升至|不低于|不低於|不少于|不少於|不超过|不超過|低于|低於|高于|高於|以上|以下|左右|达|達|突破|增长|增長|下降|降低|减少|減少|占|佔", RegexOptions.NonBacktracking)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\d+(?:\.\d+)?", RegexOptions.NonBacktracking)]
    private static partial Regex Quantity();
}
