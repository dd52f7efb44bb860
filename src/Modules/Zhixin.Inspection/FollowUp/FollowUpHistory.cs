using Zhixin.Platform.Calendar;

namespace Zhixin.Inspection.FollowUp;

/// <summary>
/// The steps of one batch in date order, read by kind. A kind recorded twice is an ordering problem
/// (<see cref="StepFollowsItsPrerequisites"/>); the clock reads its earliest record.
/// </summary>
internal sealed class FollowUpHistory
{
    private readonly Dictionary<FollowUpStepKind, FollowUpStep> first = [];

    public FollowUpHistory(IReadOnlyList<FollowUpStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        Steps = [.. steps.OrderBy(step => step.On)];
        foreach (var step in Steps)
        {
            first.TryAdd(step.Kind, step);
        }
    }

    public IReadOnlyList<FollowUpStep> Steps { get; }

    public FollowUpStep? this[FollowUpStepKind kind] => first.GetValueOrDefault(kind);

    public bool Has(FollowUpStepKind kind) => first.ContainsKey(kind);

    /// <summary>A step with an outcome that failed (a null outcome is not a failure).</summary>
    public bool Failed(FollowUpStepKind kind) => this[kind]?.Passed == false;

    /// <summary>The re-test found the product conforming: the failed result no longer stands.</summary>
    public bool Overturned => this[FollowUpStepKind.RetestCompleted]?.Passed == true;

    /// <summary>
    /// The day the result notice counts as served: the day it was handed over, or the day a posted announcement
    /// counts as served, whichever comes first; null while neither has happened.
    /// </summary>
    public DateOnly? NoticeServedOn(FollowUpRuleSet rules, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var inPerson = this[FollowUpStepKind.ResultNoticeServed]?.On;
        var deemed = this[FollowUpStepKind.NoticeByAnnouncementPosted] is { } posted
            ? rules[FollowUpRuleIds.ServiceByAnnouncement].Latest(posted.On, calendar)
            : null;
        return (inPerson, deemed) switch
        {
            ({ } a, { } b) => a < b ? a : b,
            _ => inPerson ?? deemed,
        };
    }
}
