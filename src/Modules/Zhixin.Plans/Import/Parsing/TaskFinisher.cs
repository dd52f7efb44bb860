namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// Turns task drafts into tasks: splits off the department clause (a closing parenthesis, or a 牵头单位：/
/// 责任单位： label line), reads the roles, applies "列第一位者为牵头部门" to the task that says it and, with
/// "下同", to every task after it, and warns about tasks without departments when the document otherwise
/// assigns them (an outline whose tasks name none is not warned about).
/// </summary>
internal static class TaskFinisher
{
    private static readonly string[] LabelStarts =
    [
        "牵头单位", "牽頭單位", "牵头部门", "牽頭部門", "责任单位", "責任單位", "责任部门", "責任部門", "负责单位", "負責單位",
    ];

    public static IReadOnlyList<ParsedTask> Finish(IReadOnlyList<TaskDraft> drafts, bool firstListedLeads, List<ParseWarning> warnings)
    {
        var tasks = new List<ParsedTask>(drafts.Count);
        var sticky = firstListedLeads;
        foreach (var draft in drafts)
        {
            var (text, assignment) = SplitDepartments(draft.Text);
            if (assignment.FirstListedLeads || sticky)
            {
                assignment = assignment.WithFirstListedLeading();
            }

            sticky |= assignment.AppliesToFollowing;
            tasks.Add(new ParsedTask(
                draft.Section,
                draft.Number,
                FirstSentence.Of(text),
                text,
                draft.Translation,
                assignment.Lead,
                assignment.Participants,
                assignment.Responsible,
                draft.Line));
        }

        if (tasks.Any(t => t.Lead.Count + t.Participants.Count + t.Responsible.Count > 0))
        {
            warnings.AddRange(tasks
                .Where(t => t.Lead.Count + t.Participants.Count + t.Responsible.Count == 0)
                .Select(t => PlanDocumentParser.Warn(t.Line - 1, ParseWarningKind.NoDepartments, t.Number + " " + t.Title)));
        }

        return tasks;
    }

    private static (string Text, DepartmentAssignment Assignment) SplitDepartments(string text)
    {
        if (TrailingClause.TryFind(text, out var start, out var content) && DepartmentClauseParser.IsDepartmentClause(content))
        {
            return (text[..start].TrimEnd(), DepartmentClauseParser.Parse(content));
        }

        var label = LabelStarts.Select(l => text.LastIndexOf(l, StringComparison.Ordinal)).Max();
        if (label >= 0 && !text.AsSpan(label).TrimEnd('。').Contains('。'))
        {
            return (text[..label].TrimEnd(), DepartmentClauseParser.Parse(text[label..]));
        }

        return (text, new DepartmentAssignment([], [], [], false, false));
    }
}
