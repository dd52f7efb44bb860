using Zhixin.Platform.Calendar;

namespace Zhixin.Inspection.FollowUp;

/// <summary>
/// An objection (复检申请) is accepted only within the window after the result notice is served (15 days, PQL
/// Art. 15); a later one counts as accepting the result and is refused unless overridden with a reason.
/// </summary>
internal static class ObjectionWithinWindow
{
    public static RuleCheck Check(DateOnly noticeServedOn, DateOnly filedOn, string? overrideReason, FollowUpRuleSet rules, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return RuleCheck.Within(nameof(ObjectionWithinWindow), rules[FollowUpRuleIds.ObjectionWindow], noticeServedOn, filedOn, overrideReason, calendar);
    }

    /// <summary>The check against a batch's recorded steps; blocked while the notice has not been served.</summary>
    public static RuleCheck Check(IReadOnlyList<FollowUpStep> steps, DateOnly filedOn, string? overrideReason, FollowUpRuleSet rules, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new FollowUpHistory(steps).NoticeServedOn(rules, calendar) is { } served
            ? Check(served, filedOn, overrideReason, rules, calendar)
            : RuleCheck.Awaiting(nameof(ObjectionWithinWindow), rules[FollowUpRuleIds.ObjectionWindow], filedOn, FollowUpStepKind.ResultNoticeServed, overrideReason);
    }
}
