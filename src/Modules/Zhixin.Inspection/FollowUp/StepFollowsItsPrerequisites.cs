namespace Zhixin.Inspection.FollowUp;

/// <summary>
/// Each step follows the steps it depends on (on the same day or later): no correction order before the
/// result notice is served, no re-test without an accepted objection, no provincial notice after a passed
/// re-inspection. A handler checks the recorded steps plus the new one before storing it.
/// </summary>
internal static class StepFollowsItsPrerequisites
{
    private static readonly FollowUpStepKind[] Service = [FollowUpStepKind.ResultNoticeServed, FollowUpStepKind.NoticeByAnnouncementPosted];

    /// <summary>What each step depends on: any one of <c>AnyOf</c>, with the outcome the step requires of it.</summary>
    private static readonly Dictionary<FollowUpStepKind, (FollowUpStepKind[] AnyOf, bool? Outcome)> Prerequisites = new()
    {
        [FollowUpStepKind.ObjectionFiled] = (Service, null),
        [FollowUpStepKind.ObjectionDecided] = ([FollowUpStepKind.ObjectionFiled], null),
        [FollowUpStepKind.RetestCompleted] = ([FollowUpStepKind.ObjectionDecided], true),
        [FollowUpStepKind.StopSaleOrdered] = (Service, null),
        [FollowUpStepKind.CorrectionOrdered] = (Service, null),
        [FollowUpStepKind.CorrectionReported] = ([FollowUpStepKind.CorrectionOrdered], null),
        [FollowUpStepKind.FirstReinspection] = ([FollowUpStepKind.CorrectionOrdered], null),
        [FollowUpStepKind.ProvincialNoticePublished] = ([FollowUpStepKind.FirstReinspection], false),
        [FollowUpStepKind.SecondReinspection] = ([FollowUpStepKind.ProvincialNoticePublished], null),
        [FollowUpStepKind.SuspensionOrdered] = ([FollowUpStepKind.SecondReinspection], false),
        [FollowUpStepKind.LicenceRevoked] = ([FollowUpStepKind.SuspensionOrdered], null),
    };

    private static readonly HashSet<FollowUpStepKind> NeedOutcome =
    [
        FollowUpStepKind.ObjectionDecided, FollowUpStepKind.RetestCompleted, FollowUpStepKind.FirstReinspection,
        FollowUpStepKind.SecondReinspection,
    ];

    /// <summary>True for the steps recorded with an outcome (decision, re-test, re-inspections).</summary>
    public static bool HasOutcome(FollowUpStepKind kind) => NeedOutcome.Contains(kind);

    public static IReadOnlyList<StepOrderProblem> Check(DateOnly resultIssuedOn, IReadOnlyList<FollowUpStep> steps)
    {
        var history = new FollowUpHistory(steps);
        var problems = new List<StepOrderProblem>();
        foreach (var step in history.Steps)
        {
            if (!ReferenceEquals(history[step.Kind], step))
            {
                problems.Add(new StepOrderProblem(StepOrderProblemKind.Duplicate, step.Kind, step.On, step.Kind, history[step.Kind]!.On));
                continue;
            }

            if (step.On < resultIssuedOn)
            {
                problems.Add(new StepOrderProblem(StepOrderProblemKind.BeforeResultIssued, step.Kind, step.On, null, resultIssuedOn));
            }

            if (NeedOutcome.Contains(step.Kind) && step.Passed is null)
            {
                problems.Add(new StepOrderProblem(StepOrderProblemKind.OutcomeMissing, step.Kind, step.On));
            }

            if (Prerequisites.TryGetValue(step.Kind, out var prerequisite) && Problem(history, step, prerequisite) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    private static StepOrderProblem? Problem(FollowUpHistory history, FollowUpStep step, (FollowUpStepKind[] AnyOf, bool? Outcome) prerequisite)
    {
        var taken = prerequisite.AnyOf.Select(kind => history[kind]).OfType<FollowUpStep>().MinBy(candidate => candidate.On);
        if (taken is null)
        {
            return new StepOrderProblem(StepOrderProblemKind.PrerequisiteMissing, step.Kind, step.On, prerequisite.AnyOf[0]);
        }

        if (step.On < taken.On)
        {
            return new StepOrderProblem(StepOrderProblemKind.BeforePrerequisite, step.Kind, step.On, taken.Kind, taken.On);
        }

        return prerequisite.Outcome switch
        {
            true when taken.Passed == false => new StepOrderProblem(StepOrderProblemKind.PrerequisiteNotAccepted, step.Kind, step.On, taken.Kind, taken.On),
            false when taken.Passed == true => new StepOrderProblem(StepOrderProblemKind.PrerequisiteNotFailed, step.Kind, step.On, taken.Kind, taken.On),
            _ => null,
        };
    }
}
