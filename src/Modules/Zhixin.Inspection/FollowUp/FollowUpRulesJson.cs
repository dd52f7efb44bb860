using Zhixin.Platform.Calendar;
using Zhixin.Platform.Data;

namespace Zhixin.Inspection.FollowUp;

/// <summary>Reads the follow-up deadline rules, refusing a set with any problem, and loads the set shipped with the module.</summary>
internal static class FollowUpRulesJson
{
    public const string EmbeddedResource = "Zhixin.Inspection.follow-up-rules-order18.json";

    /// <summary>The Order 18 rules; load them once (they are immutable) and share them.</summary>
    public static FollowUpRuleSet LoadEmbedded() => Read(ReferenceDataJson.Embedded(typeof(FollowUpRulesJson).Assembly, EmbeddedResource));

    /// <summary>Reads and validates a rule set; a <see cref="System.Text.Json.JsonException"/> lists every problem found.</summary>
    public static FollowUpRuleSet Read(string json) => ReferenceDataJson.Read<FollowUpRuleSet>(json, Problems);

    public static IReadOnlyList<string> Problems(FollowUpRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var problems = new List<string>();
        if (rules.Revision < 1)
        {
            problems.Add($"The revision must be 1 or more, not {rules.Revision}.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules.Rules)
        {
            problems.AddRange(rule.Problems());
            // A rule may only anchor on one listed before it, so the clock can evaluate them in order.
            if (rule.AnchorRule is { } anchor && !seen.Contains(anchor))
            {
                problems.Add($"Rule '{rule.Id}' anchors on '{anchor}', which is not a rule listed before it.");
            }

            if (!seen.Add(rule.Id))
            {
                problems.Add($"Rule '{rule.Id}' is listed twice.");
            }
        }

        if (seen.Contains(FollowUpRuleIds.Publication) && rules[FollowUpRuleIds.Publication].AnchorRule != FollowUpRuleIds.ObjectionWindow)
        {
            problems.Add($"Rule '{FollowUpRuleIds.Publication}' must anchor on '{FollowUpRuleIds.ObjectionWindow}'; {nameof(PublicationAfterObjectionWindow)} counts from it.");
        }

        problems.AddRange(FollowUpRuleIds.All.Where(id => !seen.Contains(id)).Select(id => $"The clock needs a rule '{id}'."));
        return problems;
    }
}
