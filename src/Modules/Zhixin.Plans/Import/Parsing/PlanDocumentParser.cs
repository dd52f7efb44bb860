namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// Turns the text of a plan (行动计划, 实施方案, 纲要) into sections, tasks, targets and metadata. Pure and linear:
/// each line is looked at a bounded number of times and no pattern can backtrack without bound.
/// <para>
/// Structure: 一、 items are sections. The task level is the numbering style that most often directly follows a
/// section heading ((一) in most plans, 1. in others); deeper levels and 专栏 boxes are text of their task. When
/// sections have no children the document is flat and each section is its own task. Numbers are checked against
/// the sequence, so a number inside running text or a stray line cannot start an item, and a garbled line where
/// the sequence needs an item becomes that item.
/// </para>
/// <para>
/// Text of a task excludes its department clause; the title is the first sentence of the text.
/// </para>
/// </summary>
internal static class PlanDocumentParser
{
    private const int ExcerptLength = 40;
    private const int MaxForwardGap = 3;

    public static ParsedPlan Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plan = PlanLines.Read(text);
        var lines = plan.Text;
        var headings = lines.Select(l => TranslationLines.IsEnglish(l) ? null : HeadingScanner.Scan(l)).ToArray();
        var firstItem = FindFirstItem(lines, headings);
        var metadata = MetadataReader.Read(lines, firstItem < 0 ? lines.Count : firstItem);
        var end = firstItem < 0 ? lines.Count : FindEnd(lines, firstItem, metadata.Title);
        var warnings = new List<ParseWarning>();
        warnings.AddRange(plan.Unreadable.Where(u => u.Index < end).Select(u => Warn(u.Index, ParseWarningKind.UnreadableText, u.Excerpt)));

        var walk = new OutlineWalker(lines, headings, plan.Repaired, warnings, ChooseTaskKind(lines, headings, firstItem, end));
        if (firstItem >= 0)
        {
            walk.Walk(firstItem, end);
        }

        var firstListedLeads = lines.Take(Math.Max(firstItem, 0)).Any(DepartmentClauseParser.StatesFirstListedLeads);
        var tasks = TaskFinisher.Finish(walk.Tasks, firstListedLeads, warnings);
        var targets = firstItem < 0
            ? []
            : TargetCollector.Collect(Enumerable.Range(firstItem, end - firstItem)
                .Where(i => !TranslationLines.IsEnglish(lines[i]))
                .Select(i => (i + 1, lines[i])));

        if (metadata.Title is null)
        {
            warnings.Add(Warn(0, ParseWarningKind.MissingMetadata, "title"));
        }

        if (metadata.DocumentNumber is null)
        {
            warnings.Add(Warn(0, ParseWarningKind.MissingMetadata, "documentNumber"));
        }

        return new ParsedPlan(
            metadata.Title,
            metadata.DocumentNumber,
            metadata.Issuer,
            metadata.IssuedOn,
            walk.Sections,
            tasks,
            targets,
            [.. warnings.OrderBy(w => w.Line)]);
    }

    internal static ParseWarning Warn(int index, ParseWarningKind kind, string excerpt)
    {
        var trimmed = excerpt.Trim();
        return new ParseWarning(index + 1, kind, trimmed.Length <= ExcerptLength ? trimmed : trimmed[..ExcerptLength] + "…");
    }

    // The first 一、 (or, in a document without sections, the first item numbered 1) that is no page furniture.
    private static int FindFirstItem(IReadOnlyList<string> lines, ItemHeading?[] headings)
    {
        var firstOfAnyKind = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (headings[i] is not { Value: 1 } heading || PageClutter.IsHeaderFurniture(lines[i]))
            {
                continue;
            }

            if (heading.Kind == HeadingKind.ChineseNumeral)
            {
                return i;
            }

            if (firstOfAnyKind < 0)
            {
                firstOfAnyKind = i;
            }
        }

        return firstOfAnyKind;
    }

    // The document ends at the first line of page furniture, or where the site repeats the title after it.
    private static int FindEnd(IReadOnlyList<string> lines, int firstItem, string? title)
    {
        for (var i = firstItem + 1; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (PageClutter.EndsDocument(line))
            {
                return i;
            }

            if (title is not null && line.Length <= title.Length + 12 && line.Contains(title, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return lines.Count;
    }

    // The numbering style that most often comes right after a section heading; null when sections have no
    // children worth the name (fewer than a third of them), which makes the sections themselves the tasks.
    private static HeadingKind? ChooseTaskKind(IReadOnlyList<string> lines, ItemHeading?[] headings, int firstItem, int end)
    {
        if (firstItem < 0)
        {
            return null;
        }

        var sections = 0;
        var children = new Dictionary<HeadingKind, int>();
        HeadingKind? firstNonSection = null;
        for (var i = firstItem; i < end; i++)
        {
            if (headings[i] is { } heading && heading.Kind != HeadingKind.ChineseNumeral)
            {
                firstNonSection ??= heading.Kind;
            }

            if (headings[i]?.Kind != HeadingKind.ChineseNumeral)
            {
                continue;
            }

            sections++;
            for (var j = i + 1; j < end; j++)
            {
                if (headings[j] is { } child)
                {
                    if (child.Kind != HeadingKind.ChineseNumeral)
                    {
                        children[child.Kind] = children.GetValueOrDefault(child.Kind) + 1;
                    }

                    break;
                }

                if (OutlineWalker.IsGarbledStart(lines[j]))
                {
                    break;
                }
            }
        }

        if (sections == 0)
        {
            return firstNonSection;
        }

        if (children.Count == 0)
        {
            return null;
        }

        var best = children.MaxBy(c => c.Value);
        return best.Value * 3 >= sections ? best.Key : null;
    }

    internal static int ForwardGap => MaxForwardGap;
}
