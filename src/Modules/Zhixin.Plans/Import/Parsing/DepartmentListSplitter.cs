namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// Splits one list item of a department clause into bodies and cleans each: "等部门" tails go, and 和/及/与
/// joins between two bodies are split ("省委组织部及省政府有关部门"), but not the 和 inside a name
/// (住房和城乡建设厅, 人力资源和社会保障厅, 海洋与渔业厅). A join is split only where the left part already ends
/// like a body (局, 厅, 委, 部, 办, 府 …), which the first half of those names never does.
/// </summary>
internal static class DepartmentListSplitter
{
    private const string BodySuffixes = "局厅廳委部办辦会會府组組行署关關院处處室站所队隊心门門司社团團军軍庭校";

    private static readonly string[] Tails =
    [
        "等有关部门", "等有關部門", "等相关部门", "等相關部門", "等有关单位", "等有關單位", "等相关单位", "等相關單位",
        "等部门", "等部門", "等单位", "等單位", "等机构", "等機構", "等",
    ];

    private static readonly string[] Joins = ["以及", "和", "及", "与", "與", "暨"];

    public static IEnumerable<string> Split(string item)
    {
        var cleaned = Clean(item);
        if (cleaned.Length == 0)
        {
            yield break;
        }

        foreach (var join in Joins)
        {
            var at = cleaned.IndexOf(join, StringComparison.Ordinal);
            while (at > 0)
            {
                var left = Clean(cleaned[..at]);
                var right = cleaned[(at + join.Length)..];
                if (left.Length >= 2 && right.Length >= 2 && BodySuffixes.Contains(left[^1], StringComparison.Ordinal))
                {
                    yield return left;
                    foreach (var part in Split(right))
                    {
                        yield return part;
                    }

                    yield break;
                }

                at = cleaned.IndexOf(join, at + join.Length, StringComparison.Ordinal);
            }
        }

        yield return cleaned;
    }

    /// <summary>Drops white space, quotes and closing punctuation, then any "等部门" tail.</summary>
    public static string Clean(string item)
    {
        var text = new string([.. item.Where(c => !char.IsWhiteSpace(c) && c is not ('\u3000' or '“' or '”' or '"'))]).Trim('。', '.', ':', '：');
        var stripped = true;
        while (stripped && text.Length > 0)
        {
            stripped = false;
            foreach (var tail in Tails)
            {
                if (text.Length > tail.Length && text.EndsWith(tail, StringComparison.Ordinal))
                {
                    text = text[..^tail.Length];
                    stripped = true;
                    break;
                }
            }
        }

        return text;
    }
}
