using Zhixin.Platform.Calendar;

namespace Zhixin.Inspection.FollowUp;

/// <summary>
/// The outcome of a named business rule for a step taken <see cref="On"/> a day, against the window
/// <see cref="Opens"/>–<see cref="Closes"/> of <see cref="Deadline"/>, or blocked while <see cref="AwaitedStep"/>
/// is missing. A broken rule is allowed only when overridden with a non-blank reason, which the caller stores
/// with the step (<see cref="FollowUpStep.Overridden"/>).
/// </summary>
internal sealed record RuleCheck(
    string Rule,
    DeadlineRule Deadline,
    DateOnly On,
    DateOnly? Opens,
    DateOnly? Closes,
    FollowUpStepKind? AwaitedStep = null,
    string? OverrideReason = null)
{
    public int DaysEarly => Opens is { } opens && On < opens ? opens.DayNumber - On.DayNumber : 0;

    public int DaysLate => Closes is { } closes && On > closes ? On.DayNumber - closes.DayNumber : 0;

    public bool Broken => AwaitedStep is not null || DaysEarly > 0 || DaysLate > 0;

    public bool Overridden => Broken && !string.IsNullOrWhiteSpace(OverrideReason);

    public bool Allowed => !Broken || Overridden;

    /// <summary>A step on <paramref name="on"/> against the window <paramref name="deadline"/> opens from <paramref name="anchor"/>.</summary>
    public static RuleCheck Within(string rule, DeadlineRule deadline, DateOnly anchor, DateOnly on, string? overrideReason, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return new RuleCheck(rule, deadline, on, deadline.Earliest(anchor, calendar), deadline.Latest(anchor, calendar), null, overrideReason);
    }

    /// <summary>A step that cannot be judged yet: the step its deadline counts from is missing.</summary>
    public static RuleCheck Awaiting(string rule, DeadlineRule deadline, DateOnly on, FollowUpStepKind awaited, string? overrideReason) =>
        new(rule, deadline, on, null, null, awaited, overrideReason);
}
