using Zhixin.Credit.Domain;
using Zhixin.Platform.Data;

namespace Zhixin.Credit.Lists;

/// <summary>
/// The periods of one list: how long a listing lasts, after how long an early removal may be asked for (none when
/// null), how many days the firm has after the notice to state its case, and the best grade while listed.
/// </summary>
internal sealed record ListRule(
    CreditListKind Kind,
    string Name,
    string LegalBasis,
    int PeriodMonths,
    int? EarlyRemovalAfterMonths,
    int StatementPeriodDays,
    CreditGrade? GradeAtBest,
    bool Verified,
    string Source);

/// <summary>A version of the list rules: reference data with its sources, not constants (see ReferenceData/list-rules-v1.json).</summary>
internal sealed record ListRules(int Version, DateOnly EffectiveFrom, IReadOnlyList<ListRule> Lists)
{
    public const string EmbeddedResource = "Zhixin.Credit.list-rules-v1.json";

    private static readonly Lazy<ListRules> Shipped = new(() => Read(ReferenceDataJson.Embedded(typeof(ListRules).Assembly, EmbeddedResource)));

    /// <summary>The rules shipped with the module.</summary>
    public static ListRules Current => Shipped.Value;

    public ListRule For(CreditListKind kind) => Lists.Single(l => l.Kind == kind);

    public static ListRules Read(string json) => ReferenceDataJson.Read<ListRules>(json, Problems);

    /// <summary>Every problem of a version, each named: a list missing or given twice, a period out of range.</summary>
    public static IReadOnlyList<string> Problems(ListRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var problems = new List<string>();
        foreach (var kind in Enum.GetValues<CreditListKind>())
        {
            var count = rules.Lists.Count(l => l.Kind == kind);
            if (count != 1)
            {
                problems.Add($"lists: the {kind} list must be given once (found {count}).");
            }
        }

        foreach (var (list, i) in rules.Lists.Select((l, i) => (l, i)))
        {
            if (list.PeriodMonths is < 1 or > 120)
            {
                problems.Add($"lists[{i}] ({list.Kind}): periodMonths must be 1–120.");
            }

            if (list.EarlyRemovalAfterMonths is { } early && (early < 1 || early >= list.PeriodMonths))
            {
                problems.Add($"lists[{i}] ({list.Kind}): earlyRemovalAfterMonths must be at least 1 and less than periodMonths.");
            }

            if (list.StatementPeriodDays is < 0 or > 90)
            {
                problems.Add($"lists[{i}] ({list.Kind}): statementPeriodDays must be 0–90.");
            }

            if (string.IsNullOrWhiteSpace(list.Source))
            {
                problems.Add($"lists[{i}] ({list.Kind}): the source must be named.");
            }
        }

        return problems;
    }
}
