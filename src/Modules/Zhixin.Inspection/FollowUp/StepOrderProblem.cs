namespace Zhixin.Inspection.FollowUp;

/// <summary>
/// A recorded <see cref="Step"/> (taken <see cref="On"/>) that breaks the order of the follow-up, naming the
/// step it depends on and that step's date where there is one.
/// </summary>
internal sealed record StepOrderProblem(
    StepOrderProblemKind Kind,
    FollowUpStepKind Step,
    DateOnly On,
    FollowUpStepKind? Prerequisite = null,
    DateOnly? PrerequisiteOn = null);
