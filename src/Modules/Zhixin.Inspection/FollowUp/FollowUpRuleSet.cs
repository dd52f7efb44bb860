namespace Zhixin.Inspection.FollowUp;

/// <summary>
/// The deadline rules of one rule set (e.g. Order 18), in the order the clock lists them. Corrections bump
/// <see cref="Revision"/>; store it with an evaluation to know which rules produced it.
/// </summary>
internal sealed record FollowUpRuleSet(
    string Id,
    string Title,
    int Revision,
    DateOnly RevisedOn,
    IReadOnlyList<DeadlineRule> Rules,
    string? Note = null)
{
    public DeadlineRule this[string id] =>
        Rules.FirstOrDefault(rule => rule.Id == id) ?? throw new KeyNotFoundException($"Rule set {Id} has no rule '{id}'.");
}
