using Zhixin.Platform.Calendar;

namespace Zhixin.Inspection.FollowUp;

/// <summary>
/// The legal clock of a failed batch: from the steps taken so far and today's date, each deadline of the rule
/// set with its date and status, the steps expected next and the escalation reached. Pure: the caller passes
/// today (from its <see cref="TimeProvider"/>) and the shared rules and calendar.
/// </summary>
internal static class FollowUpClock
{
    /// <summary>A running deadline this many days away or fewer is due soon.</summary>
    public const int DefaultDueSoonDays = 3;

    public static FollowUpEvaluation Evaluate(
        DateOnly resultIssuedOn,
        IReadOnlyList<FollowUpStep> steps,
        DateOnly today,
        FollowUpRuleSet rules,
        WorkCalendar calendar,
        int dueSoonDays = DefaultDueSoonDays)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);
        var history = new FollowUpHistory(steps);
        var served = history.NoticeServedOn(rules, calendar);
        var lines = new List<DeadlineLine>();
        foreach (var rule in rules.Rules)
        {
            var line = NotApplicable(rule, history, lines)
                ? new DeadlineLine(rule, rule.MetBy, null, null, DeadlineStatus.NotApplicable)
                : Line(rule, history, served, lines, today, dueSoonDays, rules, calendar);
            lines.Add(line);
        }

        return new FollowUpEvaluation(
            lines,
            NextSteps(history, served),
            Escalation(history),
            StepFollowsItsPrerequisites.Check(resultIssuedOn, steps),
            served);
    }

    /// <summary>Rules that do not apply to this batch, whatever the dates; a step already taken still shows.</summary>
    private static bool NotApplicable(DeadlineRule rule, FollowUpHistory history, IReadOnlyList<DeadlineLine> earlier)
    {
        // A notice handed over in person never started the announcement period.
        if (rule.Id == FollowUpRuleIds.ServiceByAnnouncement)
        {
            return !history.Has(FollowUpStepKind.NoticeByAnnouncementPosted);
        }

        if (history.Has(rule.MetBy))
        {
            return false;
        }

        return rule.Id switch
        {
            FollowUpRuleIds.ObjectionDecision => !history.Has(FollowUpStepKind.ObjectionFiled)
                && earlier.Any(line => line.RuleId == FollowUpRuleIds.ObjectionWindow && line.Status == DeadlineStatus.Lapsed),
            FollowUpRuleIds.StopSale or FollowUpRuleIds.Correction or FollowUpRuleIds.FirstReinspection => history.Overturned,
            FollowUpRuleIds.SecondReinspection => history.Overturned || history[FollowUpStepKind.FirstReinspection]?.Passed == true,
            _ => false,
        };
    }

    private static DeadlineLine Line(
        DeadlineRule rule,
        FollowUpHistory history,
        DateOnly? served,
        IReadOnlyList<DeadlineLine> earlier,
        DateOnly today,
        int dueSoonDays,
        FollowUpRuleSet rules,
        WorkCalendar calendar)
    {
        var taken = history[rule.MetBy];
        DateOnly? from, to;
        if (rule.Id == FollowUpRuleIds.Publication)
        {
            var (earliest, awaited) = PublicationAfterObjectionWindow.EarliestAllowed(history, rules, calendar);
            if (awaited is not null && taken is null)
            {
                return new DeadlineLine(rule, rule.MetBy, null, null, DeadlineStatus.NotStarted, WaitingFor: awaited);
            }

            (from, to) = (earliest, null);
        }
        else
        {
            var anchor = rule.AnchorStep == FollowUpStepKind.ResultNoticeServed
                ? served
                : rule.AnchorStep is { } step ? history[step]?.On : earlier.FirstOrDefault(line => line.RuleId == rule.AnchorRule)?.To;
            if (anchor is not { } start)
            {
                return new DeadlineLine(rule, rule.MetBy, null, null, DeadlineStatus.NotStarted, WaitingFor: rule.AnchorStep);
            }

            (from, to) = (rule.Earliest(start, calendar), rule.Latest(start, calendar));
        }

        return rule.Kind == DeadlineKind.Deemed
            ? Deemed(rule, to!.Value, taken, today, dueSoonDays)
            : Classify(rule, from, to, taken, today, dueSoonDays);
    }

    /// <summary>Service by announcement is complete on the last day, or earlier if the notice was handed over first.</summary>
    private static DeadlineLine Deemed(DeadlineRule rule, DateOnly to, FollowUpStep? taken, DateOnly today, int dueSoonDays)
    {
        var servedOn = taken is { } step && step.On < to ? step.On : to;
        return today >= servedOn
            ? new DeadlineLine(rule, rule.MetBy, null, to, DeadlineStatus.Met, servedOn)
            : new DeadlineLine(rule, rule.MetBy, null, to, Running(to, today, dueSoonDays));
    }

    private static DeadlineLine Classify(DeadlineRule rule, DateOnly? from, DateOnly? to, FollowUpStep? taken, DateOnly today, int dueSoonDays)
    {
        var line = new DeadlineLine(rule, rule.MetBy, from, to, DeadlineStatus.NotYetDue);
        if (taken is { } step)
        {
            line = line with { MetOn = step.On, Overridden = step.Overridden };
            if (from is { } opens && step.On < opens)
            {
                return line with { Status = DeadlineStatus.Early, DaysEarly = opens.DayNumber - step.On.DayNumber };
            }

            return to is { } closes && step.On > closes
                ? line with { Status = DeadlineStatus.MetLate, DaysLate = step.On.DayNumber - closes.DayNumber }
                : line with { Status = DeadlineStatus.Met };
        }

        if (to is { } last && today > last)
        {
            return rule.Kind == DeadlineKind.Right
                ? line with { Status = DeadlineStatus.Lapsed }
                : line with { Status = DeadlineStatus.Overdue, DaysLate = today.DayNumber - last.DayNumber };
        }

        if (from is { } first && today < first)
        {
            return line;
        }

        return to is { } due ? line with { Status = Running(due, today, dueSoonDays) } : line with { Status = DeadlineStatus.Open };
    }

    private static DeadlineStatus Running(DateOnly due, DateOnly today, int dueSoonDays) =>
        due.DayNumber - today.DayNumber <= dueSoonDays ? DeadlineStatus.DueSoon : DeadlineStatus.NotYetDue;

    private static FollowUpEscalation Escalation(FollowUpHistory history) =>
        history.Failed(FollowUpStepKind.SecondReinspection) ? FollowUpEscalation.Suspension
        : history.Failed(FollowUpStepKind.FirstReinspection) ? FollowUpEscalation.ProvincialNotice
        : FollowUpEscalation.None;

    /// <summary>
    /// The steps the follow-up is waiting for, in process order. The objection and the correction run side by
    /// side (an objection does not suspend the correction order), so several may be expected at once.
    /// </summary>
    private static List<FollowUpStepKind> NextSteps(FollowUpHistory history, DateOnly? served)
    {
        if (history.Has(FollowUpStepKind.Closed))
        {
            return [];
        }

        if (served is null)
        {
            return [FollowUpStepKind.ResultNoticeServed, FollowUpStepKind.NoticeByAnnouncementPosted];
        }

        var expected = new List<FollowUpStepKind>();
        void Expect(FollowUpStepKind kind, bool when)
        {
            if (when && !history.Has(kind))
            {
                expected.Add(kind);
            }
        }

        Expect(FollowUpStepKind.ObjectionDecided, history.Has(FollowUpStepKind.ObjectionFiled));
        Expect(FollowUpStepKind.RetestCompleted, history[FollowUpStepKind.ObjectionDecided]?.Passed == true);
        if (!history.Overturned)
        {
            var ordered = history.Has(FollowUpStepKind.CorrectionOrdered);
            Expect(FollowUpStepKind.StopSaleOrdered, true);
            Expect(FollowUpStepKind.CorrectionOrdered, true);
            Expect(FollowUpStepKind.CorrectionReported, ordered);
            Expect(FollowUpStepKind.FirstReinspection, ordered);
            Expect(FollowUpStepKind.ProvincialNoticePublished, history.Failed(FollowUpStepKind.FirstReinspection));
            Expect(FollowUpStepKind.SecondReinspection, history.Has(FollowUpStepKind.ProvincialNoticePublished));
            Expect(FollowUpStepKind.SuspensionOrdered, history.Failed(FollowUpStepKind.SecondReinspection));
        }

        Expect(FollowUpStepKind.Published, true);
        // After suspension the firm is re-checked: it closes if it passes, its licence is revoked if not.
        var suspended = history.Has(FollowUpStepKind.SuspensionOrdered) && !history.Has(FollowUpStepKind.LicenceRevoked);
        if (expected.Count == 0 || suspended)
        {
            expected.Add(FollowUpStepKind.Closed);
            Expect(FollowUpStepKind.LicenceRevoked, suspended);
        }

        return expected;
    }
}
