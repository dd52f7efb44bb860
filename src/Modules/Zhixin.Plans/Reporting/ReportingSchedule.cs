using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhixin.Plans.Reporting;

/// <summary>
/// When departments report progress on their tasks: a list of <see cref="ReportingRule"/>s repeated every year
/// of the plan. The plan stores its schedule as JSON (<see cref="ToJson"/>, <see cref="FromJson"/>).
/// </summary>
internal sealed record ReportingSchedule(IReadOnlyList<ReportingRule> Rules)
{
    /// <summary>The usual deadline day; Tianjin's 2013 plan asks for reports by 15 July and 15 January.</summary>
    public const int DefaultDueDay = 15;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>
    /// The default, as the Tianjin plan requires: the first half by 15 July, the full year by 15 January of the
    /// next year (the full-year report is the year's summary, so it covers January to December).
    /// </summary>
    public static ReportingSchedule HalfYearly(int dueDay = DefaultDueDay) => new(
    [
        new ReportingRule(ReportingPeriodKind.FirstHalf, 1, 1, 6, 7, dueDay, 0),
        new ReportingRule(ReportingPeriodKind.FullYear, 1, 1, 12, 1, dueDay, 1),
    ]);

    /// <summary>Each quarter, due on <paramref name="dueDay"/> of the month after it (the fourth in January).</summary>
    public static ReportingSchedule Quarterly(int dueDay = DefaultDueDay) => new(
        Enumerable.Range(1, 4)
            .Select(quarter => new ReportingRule(
                ReportingPeriodKind.Quarter, quarter, (quarter * 3) - 2, quarter * 3, (quarter % 4 * 3) + 1, dueDay, quarter / 4))
            .ToList());

    /// <summary>Once a year, due on <paramref name="dueDay"/> January of the next year.</summary>
    public static ReportingSchedule Yearly(int dueDay = DefaultDueDay) =>
        new([new ReportingRule(ReportingPeriodKind.FullYear, 1, 1, 12, 1, dueDay, 1)]);

    /// <summary>
    /// Deadlines on given days each year. A deadline covers the year so far, January to the month before it
    /// (10 July covers January–June); a January deadline covers the whole previous year.
    /// </summary>
    public static ReportingSchedule Custom(IEnumerable<MonthDay> deadlines)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        var rules = deadlines
            .OrderBy(deadline => deadline.Month == 1 ? 13 : deadline.Month)
            .ThenBy(deadline => deadline.Day)
            .Select((deadline, index) => deadline.Month == 1
                ? new ReportingRule(ReportingPeriodKind.Custom, index + 1, 1, 12, 1, deadline.Day, 1)
                : new ReportingRule(ReportingPeriodKind.Custom, index + 1, 1, deadline.Month - 1, deadline.Month, deadline.Day, 0))
            .ToList();
        return new ReportingSchedule(rules);
    }

    public static ReportingSchedule FromJson(string json)
    {
        var schedule = JsonSerializer.Deserialize<ReportingSchedule>(json, Json)
            ?? throw new JsonException("A reporting schedule cannot be null.");
        var problems = schedule.Rules.SelectMany(rule => rule.Problems()).ToList();
        return problems.Count == 0 ? schedule : throw new JsonException(string.Join(" ", problems));
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>
    /// Every report owed over a plan that runs from <paramref name="planStart"/> to <paramref name="planEnd"/>:
    /// each period that overlaps the plan, in order of due date. A plan issued in May still owes its
    /// first-half report.
    /// </summary>
    public IReadOnlyList<ReportingPeriod> DueDates(DateOnly planStart, DateOnly planEnd)
    {
        if (planEnd < planStart)
        {
            throw new ArgumentException($"The plan ends ({planEnd:O}) before it starts ({planStart:O}).", nameof(planEnd));
        }

        return Enumerable.Range(planStart.Year, planEnd.Year - planStart.Year + 1)
            .SelectMany(year => Rules.Select(rule => rule.For(year)))
            .Where(period => period.Start <= planEnd && period.End >= planStart)
            .OrderBy(period => period.Due)
            .ThenBy(period => period.Start)
            .ToList();
    }
}
