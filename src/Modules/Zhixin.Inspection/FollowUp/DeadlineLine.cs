namespace Zhixin.Inspection.FollowUp;

/// <summary>
/// One line of the clock: the rule, the step that meets it (<see cref="Due"/>), the window <see cref="From"/>–
/// <see cref="To"/> (either may be null: no lower bound, no last day, or not started), the status, the day the
/// step was taken, and how many days early or late. <see cref="WaitingFor"/> names the step a not-started line
/// waits for; <see cref="Overridden"/> is set when the step was recorded against the rule with a reason.
/// </summary>
internal sealed record DeadlineLine(
    DeadlineRule Rule,
    FollowUpStepKind Due,
    DateOnly? From,
    DateOnly? To,
    DeadlineStatus Status,
    DateOnly? MetOn = null,
    int DaysEarly = 0,
    int DaysLate = 0,
    bool Overridden = false,
    FollowUpStepKind? WaitingFor = null)
{
    public string RuleId => Rule.Id;
}
