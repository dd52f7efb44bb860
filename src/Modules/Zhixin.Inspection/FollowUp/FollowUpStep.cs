namespace Zhixin.Inspection.FollowUp;

/// <summary>
/// A step taken on <paramref name="On"/>. <paramref name="Passed"/> is the outcome where a step has one (re-test,
/// re-inspections; for <see cref="FollowUpStepKind.ObjectionDecided"/> it means accepted) and null elsewhere.
/// <paramref name="Overridden"/> marks a step recorded against a named rule with a stated reason (the reason is
/// stored with the step, not here).
/// </summary>
internal sealed record FollowUpStep(FollowUpStepKind Kind, DateOnly On, bool? Passed = null, bool Overridden = false);
