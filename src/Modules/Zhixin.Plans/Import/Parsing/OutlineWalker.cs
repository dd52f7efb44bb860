namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// Walks the body line by line and builds sections and task drafts. Sections are 一、 headings; tasks are
/// headings of the chosen task kind (or the sections themselves in a flat document). Every number is checked
/// against the sequence: the next number, a restart at 1 in a new section, a small forward gap or a repeat are
/// items (the last two with a warning); anything else is running text.
/// </summary>
internal sealed class OutlineWalker(
    IReadOnlyList<string> lines,
    ItemHeading?[] headings,
    IReadOnlySet<int> repairedLines,
    List<ParseWarning> warnings,
    HeadingKind? taskKind)
{
    private readonly List<ParsedSection> sections = [];
    private readonly List<TaskDraft> tasks = [];
    private TaskDraft? current;
    private string section = "";
    private int lastSection;
    private int lastTask;
    private bool sectionHasTasks;

    public IReadOnlyList<ParsedSection> Sections => sections;

    public IReadOnlyList<TaskDraft> Tasks => tasks;

    /// <summary>A line that starts with a lost byte or mojibake: its number could not be read.</summary>
    public static bool IsGarbledStart(string line)
    {
        var start = HeadingScanner.SkipIndent(line, 0);
        var probe = line.AsSpan(start, Math.Min(4, line.Length - start));
        return probe.Length > 0 && (probe[0] is '?' or '\uFFFD' || GarbleMarkers.ContainsMarker(probe));
    }

    public void Walk(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (TranslationLines.IsEnglish(line))
            {
                // English after a task is its translation; after a section heading or preamble it is dropped.
                current?.AddTranslation(line);
                continue;
            }

            if (headings[i] is { } heading && TryStartItem(heading, i))
            {
                continue;
            }

            if (taskKind is { } kind && kind != HeadingKind.ChineseNumeral && section.Length > 0 && headings[i] is null
                && IsGarbledStart(line) && SequenceNeedsItemAt(i))
            {
                StartTask(ItemHeading.Format(kind, lastTask + 1), TextAfterGarble(line), i);
                lastTask++;
                warnings.Add(PlanDocumentParser.Warn(i, ParseWarningKind.RepairedNumber, line));
                continue;
            }

            if (current is { Closed: false })
            {
                current.AddLine(line);
            }
        }
    }

    private bool TryStartItem(ItemHeading heading, int index)
    {
        if (heading.Kind == HeadingKind.ChineseNumeral && taskKind != HeadingKind.ChineseNumeral)
        {
            if (!Plausible(heading.Value, lastSection, restartAllowed: false, index, heading))
            {
                return false;
            }

            lastSection = heading.Value;
            section = heading.Number;
            sectionHasTasks = false;
            sections.Add(new ParsedSection(heading.Number, FirstSentence.Of(heading.Rest).TrimEnd('：', ':'), index + 1));
            current = null;
            if (taskKind is null)
            {
                StartTask(heading.Number, heading.Rest, index);
            }

            return true;
        }

        if (heading.Kind != taskKind || !Plausible(heading.Value, lastTask, restartAllowed: !sectionHasTasks, index, heading))
        {
            return false;
        }

        lastTask = heading.Value;
        StartTask(heading.Number, heading.Rest, index);
        if (repairedLines.Contains(index))
        {
            warnings.Add(PlanDocumentParser.Warn(index, ParseWarningKind.RepairedNumber, lines[index]));
        }

        return true;
    }

    private void StartTask(string number, string rest, int index)
    {
        current = new TaskDraft(section.Length > 0 ? section : number, number, rest, index + 1);
        tasks.Add(current);
        sectionHasTasks = true;
    }

    private bool Plausible(int value, int last, bool restartAllowed, int index, ItemHeading heading)
    {
        if (value == last + 1 || (restartAllowed && value == 1 && last > 0))
        {
            return true;
        }

        if ((value > last + 1 && value <= last + 1 + PlanDocumentParser.ForwardGap) || (value == last && last > 0))
        {
            warnings.Add(PlanDocumentParser.Warn(index, ParseWarningKind.NumberingGap, heading.Number + " " + heading.Rest));
            return true;
        }

        return false;
    }

    // A garbled line is the next item only if the next readable item of the task kind does not already carry
    // that number (then the garbled line is just a damaged paragraph).
    private bool SequenceNeedsItemAt(int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (headings[j] is { } next && next.Kind == taskKind)
            {
                return next.Value != lastTask + 1;
            }
        }

        return true;
    }

    // After an unreadable number the text is back in step at the first ASCII character.
    private static string TextAfterGarble(string line)
    {
        var start = HeadingScanner.SkipIndent(line, 0) + 1;
        for (var i = start; i < line.Length; i++)
        {
            if (line[i] <= '\u007F')
            {
                return line[(i + 1)..].Trim();
            }
        }

        return line.Trim();
    }
}
