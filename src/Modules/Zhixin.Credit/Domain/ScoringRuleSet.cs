using Zhixin.Platform.Audit;

namespace Zhixin.Credit.Domain;

/// <summary>
/// A stored version of the scoring rules. A draft can be replaced, tried (what-if) and discarded; once published it is
/// immutable and applies to scores from its effective date, until a later published version takes over.
/// </summary>
internal sealed class ScoringRuleSet : IAudited
{
    public int Version { get; init; }

    public required string Name { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public RuleSetStatus Status { get; set; }

    /// <summary>The rule set as JSON, in the format of the shipped scoring-model-v1.json.</summary>
    public required string Json { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }
}

internal enum RuleSetStatus
{
    Draft = 1,
    Published = 2,

    /// <summary>A draft given up: kept, with the change audited, but never edited, published or scoring anyone.</summary>
    Discarded = 3,
}
