namespace Zhixin.Inspection.FollowUp;

/// <summary>
/// The clock of one batch on one day: a line per rule in rule-set order, the steps expected next in process
/// order (<see cref="NextStep"/> is the first), the escalation reached, the ordering problems found in the
/// recorded steps, and the day the result notice counts as served.
/// </summary>
internal sealed record FollowUpEvaluation(
    IReadOnlyList<DeadlineLine> Lines,
    IReadOnlyList<FollowUpStepKind> NextSteps,
    FollowUpEscalation Escalation,
    IReadOnlyList<StepOrderProblem> Problems,
    DateOnly? NoticeServedOn)
{
    public FollowUpStepKind? NextStep => NextSteps.Count > 0 ? NextSteps[0] : null;

    public DeadlineLine Line(string ruleId) => Lines.First(line => line.RuleId == ruleId);
}
