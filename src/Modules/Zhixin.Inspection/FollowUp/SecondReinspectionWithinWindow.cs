using Zhixin.Platform.Calendar;

namespace Zhixin.Inspection.FollowUp;

/// <summary>
/// The second re-inspection takes place 60 to 90 days after the provincial notice (Order 18 Art. 48): earlier
/// gives the firm too little time to correct, later lets the case drift. Either is refused unless overridden.
/// </summary>
internal static class SecondReinspectionWithinWindow
{
    public static RuleCheck Check(DateOnly provincialNoticeOn, DateOnly reinspectedOn, string? overrideReason, FollowUpRuleSet rules, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return RuleCheck.Within(
            nameof(SecondReinspectionWithinWindow), rules[FollowUpRuleIds.SecondReinspection], provincialNoticeOn, reinspectedOn, overrideReason, calendar);
    }

    /// <summary>The check against a batch's recorded steps; blocked while no provincial notice is recorded.</summary>
    public static RuleCheck Check(IReadOnlyList<FollowUpStep> steps, DateOnly reinspectedOn, string? overrideReason, FollowUpRuleSet rules, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new FollowUpHistory(steps)[FollowUpStepKind.ProvincialNoticePublished] is { } notice
            ? Check(notice.On, reinspectedOn, overrideReason, rules, calendar)
            : RuleCheck.Awaiting(
                nameof(SecondReinspectionWithinWindow), rules[FollowUpRuleIds.SecondReinspection], reinspectedOn, FollowUpStepKind.ProvincialNoticePublished, overrideReason);
    }
}
