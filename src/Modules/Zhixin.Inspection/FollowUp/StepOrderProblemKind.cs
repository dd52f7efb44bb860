namespace Zhixin.Inspection.FollowUp;

/// <summary>Why a recorded step is out of order.</summary>
internal enum StepOrderProblemKind
{
    /// <summary>Dated before the result it follows up was issued.</summary>
    BeforeResultIssued,

    /// <summary>The step it depends on has not been recorded.</summary>
    PrerequisiteMissing,

    /// <summary>Dated before the step it depends on.</summary>
    BeforePrerequisite,

    /// <summary>A re-test after an objection that was not accepted.</summary>
    PrerequisiteNotAccepted,

    /// <summary>An escalation after a re-inspection that passed.</summary>
    PrerequisiteNotFailed,

    /// <summary>A decision, re-test or re-inspection without its outcome.</summary>
    OutcomeMissing,

    /// <summary>The same step recorded more than once.</summary>
    Duplicate,
}
