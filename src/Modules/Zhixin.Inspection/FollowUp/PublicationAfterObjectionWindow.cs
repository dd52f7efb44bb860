using Zhixin.Platform.Calendar;

namespace Zhixin.Inspection.FollowUp;

/// <summary>
/// Results are published only once the firm can no longer dispute them: after the objection window has closed,
/// and, if an objection was filed, after it was decided and (when accepted) re-tested. Publishing a result the
/// re-test may overturn would have to be withdrawn. Earlier publication is refused unless overridden.
/// </summary>
internal static class PublicationAfterObjectionWindow
{
    public static RuleCheck Check(IReadOnlyList<FollowUpStep> steps, DateOnly publishedOn, string? overrideReason, FollowUpRuleSet rules, WorkCalendar calendar)
    {
        var (earliest, awaited) = EarliestAllowed(new FollowUpHistory(steps), rules, calendar);
        return new RuleCheck(
            nameof(PublicationAfterObjectionWindow), rules[FollowUpRuleIds.Publication], publishedOn, earliest, null, awaited, overrideReason);
    }

    /// <summary>The first day publication is allowed, or the step it still waits for.</summary>
    public static (DateOnly? Earliest, FollowUpStepKind? Awaited) EarliestAllowed(FollowUpHistory history, FollowUpRuleSet rules, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(rules);
        if (history.NoticeServedOn(rules, calendar) is not { } served)
        {
            return (null, FollowUpStepKind.ResultNoticeServed);
        }

        var publication = rules[FollowUpRuleIds.Publication];
        var windowCloses = rules[FollowUpRuleIds.ObjectionWindow].Latest(served, calendar) ?? served;
        var earliest = publication.Earliest(windowCloses, calendar) ?? windowCloses;
        if (!history.Has(FollowUpStepKind.ObjectionFiled))
        {
            return (earliest, null);
        }

        if (history[FollowUpStepKind.ObjectionDecided] is not { } decided)
        {
            return (null, FollowUpStepKind.ObjectionDecided);
        }

        if (decided.Passed != true)
        {
            return (Later(earliest, decided.On), null);
        }

        return history[FollowUpStepKind.RetestCompleted] is { } retest
            ? (Later(earliest, retest.On), null)
            : (null, FollowUpStepKind.RetestCompleted);
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
