using Zhixin.Credit.Domain;
using Zhixin.Credit.Features;
using Zhixin.Credit.Lists;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>A choice of a status filter or a decision: the wire value, its name, and its bar's colour in the chart (none for "decided").</summary>
internal sealed record StatusChoice(string Value, string Name, string? Colour = null)
{
    /// <summary>The colours of the chart's bars: open amber, upheld or approved green, rejected grey.</summary>
    private static readonly string[] Colours = ["#d08a00", "#1e7b45", "#8a8f98"];

    /// <summary>The choices of a status enum whose first value is the open one and whose others are the outcomes, with "decided" after the open one.</summary>
    public static IReadOnlyList<StatusChoice> Of<TStatus>() where TStatus : struct, Enum
    {
        var choices = Enum.GetValues<TStatus>().Select((s, i) => new StatusChoice(CaseLabels.Code(s), CaseLabels.Name(s), Colours[i])).ToList();
        choices.Insert(1, new StatusChoice(CaseQuery.Decided, CreditText.Get("Page.Cases.Decided")));
        return choices;
    }
}

/// <summary>
/// Objection (异议) or credit repair (信用修复): what the queue, the case page and the form of one kind of case need to
/// know of it. Built on each use, so the names are in the request's language.
/// </summary>
internal sealed record CaseKind(string Name, string Queue, string NewCase, Func<Guid, string> Case, IReadOnlyList<StatusChoice> Statuses)
{
    public static CaseKind Objection => new("Objection", CreditRoutes.Objections, CreditRoutes.NewObjection, CreditRoutes.Objection, StatusChoice.Of<ObjectionStatus>());

    public static CaseKind Repair => new("Repair", CreditRoutes.Repairs, CreditRoutes.NewRepair, CreditRoutes.Repair, StatusChoice.Of<RepairStatus>());

    /// <summary>The resource key prefix of the queue's texts (Page.Objections).</summary>
    public string QueueTexts => "Page." + Name + "s";

    /// <summary>The resource key prefix of a case's texts (Page.Objection).</summary>
    public string CaseTexts => "Page." + Name;

    /// <summary>The resource key prefix of the form's texts (Page.NewObjection).</summary>
    public string NewTexts => "Page.New" + Name;

    /// <summary>What a regulator may decide: every status but the open one (and "decided").</summary>
    public IReadOnlyList<StatusChoice> Outcomes => [.. Statuses.Skip(2)];
}
