namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// The document as lines after repair: garbled GBK runs mended and pinyin glosses removed, with what stayed
/// unreadable and which lines needed mending. Index i is line i + 1 of the decoded text.
/// </summary>
internal sealed class PlanLines
{
    private PlanLines(List<string> text, HashSet<int> repaired, List<(int Index, string Excerpt)> unreadable)
    {
        Text = text;
        Repaired = repaired;
        Unreadable = unreadable;
    }

    public IReadOnlyList<string> Text { get; }

    public IReadOnlySet<int> Repaired { get; }

    public IReadOnlyList<(int Index, string Excerpt)> Unreadable { get; }

    public static PlanLines Read(string text)
    {
        var lines = new List<string>();
        var repaired = new HashSet<int>();
        var unreadable = new List<(int, string)>();
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var mended = GbkShiftRepairer.Repair(raw);
            if (mended.Repaired)
            {
                repaired.Add(lines.Count);
            }

            unreadable.AddRange(mended.Unreadable.Select(excerpt => (lines.Count, PinyinGlosses.Remove(excerpt))));
            lines.Add(PinyinGlosses.Remove(mended.Text));
        }

        return new PlanLines(lines, repaired, unreadable);
    }
}
