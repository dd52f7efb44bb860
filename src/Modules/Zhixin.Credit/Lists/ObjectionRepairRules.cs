using Zhixin.Credit.Domain;
using Zhixin.Platform.Calendar;
using Zhixin.Platform.Data;

namespace Zhixin.Credit.Lists;

/// <summary>The deadlines of an objection (异议): days after a listing's decision to object, working days to review.</summary>
internal sealed record ObjectionRule(int ListedObjectionDays, int ReviewWorkingDays, bool Verified, string Source);

/// <summary>The minimum months after a penalty of one severity before its repair may be asked for; none when it is not repaired.</summary>
internal sealed record PenaltyRepairPeriod(RecordSeverity Severity, int? Months);

/// <summary>The conditions and deadlines of credit repair (信用修复).</summary>
internal sealed record RepairRule(int DecisionWorkingDays, IReadOnlyList<PenaltyRepairPeriod> PenaltyAfterMonths, bool Verified, string Source)
{
    public int? MonthsFor(RecordSeverity severity) => PenaltyAfterMonths.FirstOrDefault(p => p.Severity == severity)?.Months;
}

/// <summary>A version of the objection and repair rules: reference data with their sources (ReferenceData/objection-repair-rules-v1.json).</summary>
internal sealed record ObjectionRepairRules(int Version, DateOnly EffectiveFrom, ObjectionRule Objection, RepairRule Repair)
{
    public const string EmbeddedResource = "Zhixin.Credit.objection-repair-rules-v1.json";

    private static readonly Lazy<ObjectionRepairRules> Shipped = new(() =>
        Read(ReferenceDataJson.Embedded(typeof(ObjectionRepairRules).Assembly, EmbeddedResource)));

    public static ObjectionRepairRules Current => Shipped.Value;

    public static ObjectionRepairRules Read(string json) => ReferenceDataJson.Read<ObjectionRepairRules>(json, Problems);

    public static IReadOnlyList<string> Problems(ObjectionRepairRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var problems = new List<string>();
        if (rules.Objection.ListedObjectionDays is < 1 or > 365 || rules.Objection.ReviewWorkingDays is < 1 or > 120)
        {
            problems.Add("objection: listedObjectionDays must be 1–365 and reviewWorkingDays 1–120.");
        }

        if (rules.Repair.DecisionWorkingDays is < 1 or > 120)
        {
            problems.Add("repair: decisionWorkingDays must be 1–120.");
        }

        foreach (var severity in new[] { RecordSeverity.Light, RecordSeverity.General, RecordSeverity.Serious })
        {
            if (rules.Repair.PenaltyAfterMonths.Count(p => p.Severity == severity) != 1)
            {
                problems.Add($"repair.penaltyAfterMonths: {severity} must be given once.");
            }
        }

        if (string.IsNullOrWhiteSpace(rules.Objection.Source) || string.IsNullOrWhiteSpace(rules.Repair.Source))
        {
            problems.Add("the sources must be named.");
        }

        return problems;
    }

    /// <summary>
    /// The day <paramref name="workingDays"/> working days after <paramref name="from"/> under the PRC calendar (days off
    /// of the State Council's arrangement notices skipped, make-up Saturdays and Sundays counted). A year the calendar data
    /// does not cover yet counts Monday to Friday, openly: the provisional calendar, never an error that would refuse the
    /// firm's application.
    /// </summary>
    public static DateOnly AddWorkingDays(WorkCalendar calendar, DateOnly from, int workingDays) =>
        calendar.Provisional.AddWorkingDays(from, workingDays);
}
