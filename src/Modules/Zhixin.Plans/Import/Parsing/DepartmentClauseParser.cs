using System.Text.RegularExpressions;

namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// Reads the department clause that closes a task, e.g. (省质监局牵头,发展改革委、教育厅参加) or
/// (牵头单位：X，Y；配合单位：Z). The clause is tokenised on 、，, into items and on ；;。 into clauses. Each item
/// may end in a role verb (牵头, 参加, 配合, 负责 …) that assigns all bodies collected since the previous verb; a
/// label (牵头单位：) assigns the items after it. Bodies left without a verb take part after a lead clause
/// ("X牵头，Y"), otherwise they share the last verb of their clause; a clause of bare bodies after a semicolon
/// (";各设区市政府") is responsible — the document names them as answerable without a lead/participant split.
/// </summary>
internal static partial class DepartmentClauseParser
{
    private static readonly (string Verb, DepartmentRole Role)[] Verbs =
    [
        ("按职责分工负责", DepartmentRole.Responsible), ("按職責分工負責", DepartmentRole.Responsible),
        ("按职责负责", DepartmentRole.Responsible), ("按職責負責", DepartmentRole.Responsible),
        ("分工负责", DepartmentRole.Responsible), ("分工負責", DepartmentRole.Responsible),
        ("分别负责", DepartmentRole.Responsible), ("分別負責", DepartmentRole.Responsible),
        ("共同负责", DepartmentRole.Responsible), ("共同負責", DepartmentRole.Responsible),
        ("具体负责", DepartmentRole.Responsible), ("具體負責", DepartmentRole.Responsible),
        ("负责落实", DepartmentRole.Responsible), ("負責落實", DepartmentRole.Responsible),
        ("牵头负责", DepartmentRole.Lead), ("牽頭負責", DepartmentRole.Lead),
        ("牵头", DepartmentRole.Lead), ("牽頭", DepartmentRole.Lead), ("主办", DepartmentRole.Lead), ("主辦", DepartmentRole.Lead),
        ("参加", DepartmentRole.Participant), ("參加", DepartmentRole.Participant),
        ("参与", DepartmentRole.Participant), ("參與", DepartmentRole.Participant),
        ("配合", DepartmentRole.Participant), ("协助", DepartmentRole.Participant), ("協助", DepartmentRole.Participant),
        ("协同", DepartmentRole.Participant), ("協同", DepartmentRole.Participant),
        ("协办", DepartmentRole.Participant), ("協辦", DepartmentRole.Participant),
        ("负责", DepartmentRole.Responsible), ("負責", DepartmentRole.Responsible),
    ];

    private static readonly (string Label, DepartmentRole Role)[] Labels =
    [
        ("牵头单位", DepartmentRole.Lead), ("牽頭單位", DepartmentRole.Lead), ("牵头部门", DepartmentRole.Lead), ("牽頭部門", DepartmentRole.Lead),
        ("配合单位", DepartmentRole.Participant), ("配合單位", DepartmentRole.Participant), ("配合部门", DepartmentRole.Participant), ("配合部門", DepartmentRole.Participant),
        ("参加单位", DepartmentRole.Participant), ("參加單位", DepartmentRole.Participant), ("参与单位", DepartmentRole.Participant), ("參與單位", DepartmentRole.Participant),
        ("协办单位", DepartmentRole.Participant), ("協辦單位", DepartmentRole.Participant),
        ("责任单位", DepartmentRole.Responsible), ("責任單位", DepartmentRole.Responsible), ("责任部门", DepartmentRole.Responsible), ("責任部門", DepartmentRole.Responsible),
        ("负责单位", DepartmentRole.Responsible), ("負責單位", DepartmentRole.Responsible), ("承办单位", DepartmentRole.Responsible), ("承辦單位", DepartmentRole.Responsible),
    ];

    private static readonly string[] Partners = ["会同", "會同"];

    private const string BodySuffixes = "局厅廳委部办辦府组組署院";

    /// <summary>True when the parenthesis reads as departments: it has a role verb or label, or is a plain list of bodies.</summary>
    public static bool IsDepartmentClause(string content)
    {
        if (content.Length < 2)
        {
            return false;
        }

        if (StatesFirstListedLeads(content))
        {
            return true;
        }

        if (Labels.Any(l => content.Contains(l.Label, StringComparison.Ordinal)))
        {
            return true;
        }

        var items = content.Split(['、', '，', ',', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Any(i => Verbs.Any(v => i.EndsWith(v.Verb, StringComparison.Ordinal) || i.EndsWith(v.Verb + "。", StringComparison.Ordinal))))
        {
            return true;
        }

        // A bare list: every item a body name (ends like one, no digits), and more than a single short word.
        return items.All(i => i.Length >= 2 && BodySuffixes.Contains(DepartmentListSplitter.Clean(i)[^1], StringComparison.Ordinal) && !i.Any(char.IsAsciiDigit))
            && (items.Length >= 2 || items[0].Length >= 3);
    }

    public static bool StatesFirstListedLeads(string text) => FirstListedRule().IsMatch(text);

    public static DepartmentAssignment Parse(string content)
    {
        var lead = new List<string>();
        var participants = new List<string>();
        var responsible = new List<string>();
        var firstListedLeads = false;
        var appliesToFollowing = false;

        foreach (var clause in content.Split(['；', ';', '。'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pending = new List<string>();
            DepartmentRole? last = null;
            DepartmentRole? label = null;
            foreach (var rawItem in clause.Split(['、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (StatesFirstListedLeads(rawItem) || rawItem.Contains("下同", StringComparison.Ordinal))
                {
                    firstListedLeads |= StatesFirstListedLeads(rawItem);
                    appliesToFollowing |= rawItem.Contains("下同", StringComparison.Ordinal);
                    continue;
                }

                var (item, labelRole) = StripLabel(rawItem);
                label = labelRole ?? label;
                var (body, verbRole) = StripVerb(item);
                if (TrySplitPartner(body, out var before, out var partners))
                {
                    pending.AddRange(DepartmentListSplitter.Split(before));
                    Add(lead, pending);
                    participants.AddRange(DepartmentListSplitter.Split(partners));
                    last = DepartmentRole.Lead;
                    continue;
                }

                pending.AddRange(DepartmentListSplitter.Split(body));
                var role = verbRole ?? label;
                if (role is { } assigned)
                {
                    Add(Target(assigned, lead, participants, responsible), pending);
                    last = assigned;
                }
            }

            if (pending.Count > 0)
            {
                var role = last switch
                {
                    DepartmentRole.Lead => DepartmentRole.Participant,
                    { } other => other,
                    null => DepartmentRole.Responsible,
                };
                Add(Target(role, lead, participants, responsible), pending);
            }
        }

        return new DepartmentAssignment(Distinct(lead), Distinct(participants), Distinct(responsible), firstListedLeads, appliesToFollowing && firstListedLeads);
    }

    private static List<string> Target(DepartmentRole role, List<string> lead, List<string> participants, List<string> responsible) => role switch
    {
        DepartmentRole.Lead => lead,
        DepartmentRole.Participant => participants,
        _ => responsible,
    };

    private static void Add(List<string> target, List<string> pending)
    {
        target.AddRange(pending.Where(p => p.Length > 0));
        pending.Clear();
    }

    private static List<string> Distinct(List<string> names) => [.. names.Distinct(StringComparer.Ordinal)];

    private static (string Item, DepartmentRole? Role) StripLabel(string item)
    {
        foreach (var (label, role) in Labels)
        {
            if (item.StartsWith(label, StringComparison.Ordinal))
            {
                return (item[label.Length..].TrimStart(':', '：', ' ', '\u3000', '为', '為'), role);
            }
        }

        return (item, null);
    }

    private static (string Body, DepartmentRole? Role) StripVerb(string item)
    {
        var text = item.TrimEnd('。', '.', ' ', '\u3000');
        foreach (var (verb, role) in Verbs)
        {
            if (text.EndsWith(verb, StringComparison.Ordinal))
            {
                return (text[..^verb.Length], role);
            }
        }

        return (text, null);
    }

    // "X会同Y负责": X leads, Y takes part.
    private static bool TrySplitPartner(string body, out string before, out string partners)
    {
        foreach (var partner in Partners)
        {
            var at = body.IndexOf(partner, StringComparison.Ordinal);
            if (at > 0)
            {
                before = body[..at];
                partners = body[(at + partner.Length)..];
                return true;
            }
        }

        before = partners = "";
        return false;
    }

    // 列第一位者为牵头部门 / 排在第一位的部门为牵头部门 / 排名第一的为牵头单位 / 列首位的为牵头单位.
    [GeneratedRegex("[列排][^。；;，,]{0,6}(?:第一|首位)[^。；;]{0,12}(?:牵头|牽頭)", RegexOptions.NonBacktracking)]
    private static partial Regex FirstListedRule();
}
