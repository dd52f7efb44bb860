using Zhixin.Credit.Domain;
using Zhixin.Credit.Scoring;

namespace Zhixin.Credit.Features.ManageRuleSets;

/// <summary>A stored rule set: its version, status, effective date, who made and published it, and its rules.</summary>
internal sealed record RuleSetView(
    int Version,
    string Name,
    string Status,
    DateOnly EffectiveFrom,
    bool Verified,
    string Basis,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    ScoringModel Model)
{
    public static RuleSetView Of(ScoringRuleSet set, ScoringModel model)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(model);
        return new RuleSetView(
            set.Version, set.Name, StatusCode(set.Status), set.EffectiveFrom,
            model.Verified, model.Basis, set.CreatedAt, set.CreatedBy, set.PublishedAt, set.PublishedBy, model);
    }

    /// <summary>A stored version as read from its row (a draft's rules may be replaced, so they are parsed every time).</summary>
    public static RuleSetView Of(ScoringRuleSet set) => Of(set, ScoringModelJson.Read(set?.Json ?? throw new ArgumentNullException(nameof(set))));

    public bool IsDraft => Status == "draft";

    private static string StatusCode(RuleSetStatus status) => status switch
    {
        RuleSetStatus.Published => "published",
        RuleSetStatus.Discarded => "discarded",
        _ => "draft",
    };
}
