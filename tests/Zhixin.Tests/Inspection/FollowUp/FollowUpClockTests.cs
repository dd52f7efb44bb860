using Zhixin.Inspection.FollowUp;
using static Zhixin.Inspection.FollowUp.FollowUpStepKind;

namespace Zhixin.Tests.Inspection.FollowUp;

public sealed class FollowUpClockTests
{
    private static readonly DateOnly ResultIssued = new(2025, 3, 3);

    // Served Wednesday 5 March 2025, no objection, correction ordered Friday 21 March, first re-inspection passed.
    private static readonly FollowUpStep[] HappyPath =
    [
        new(ResultNoticeServed, new DateOnly(2025, 3, 5)),
        new(StopSaleOrdered, new DateOnly(2025, 3, 5)),
        new(CorrectionOrdered, new DateOnly(2025, 3, 21)),
        new(Published, new DateOnly(2025, 3, 25)),
        new(CorrectionReported, new DateOnly(2025, 5, 15)),
        new(FirstReinspection, new DateOnly(2025, 5, 28), Passed: true),
    ];

    [Fact]
    public void Evaluate_WhenHappyPath_ComputesEveryDeadlineExactly()
    {
        var clock = Evaluate(HappyPath, new DateOnly(2025, 6, 10));

        Assert.Equal(
            [
                (FollowUpRuleIds.ServiceByAnnouncement, null, null, DeadlineStatus.NotApplicable, null),
                (FollowUpRuleIds.ObjectionWindow, null, new DateOnly(2025, 3, 20), DeadlineStatus.Lapsed, null),
                (FollowUpRuleIds.ObjectionDecision, null, null, DeadlineStatus.NotApplicable, null),
                (FollowUpRuleIds.StopSale, null, new DateOnly(2025, 3, 5), DeadlineStatus.Met, new DateOnly(2025, 3, 5)),
                (FollowUpRuleIds.Correction, null, new DateOnly(2025, 5, 20), DeadlineStatus.Met, new DateOnly(2025, 5, 15)),
                (FollowUpRuleIds.FirstReinspection, null, new DateOnly(2025, 6, 4), DeadlineStatus.Met, new DateOnly(2025, 5, 28)),
                (FollowUpRuleIds.SecondReinspection, null, null, DeadlineStatus.NotApplicable, null),
                (FollowUpRuleIds.Publication, new DateOnly(2025, 3, 21), null, DeadlineStatus.Met, new DateOnly(2025, 3, 25)),
            ],
            clock.Lines.Select(line => (line.RuleId, line.From, line.To, line.Status, line.MetOn)));
    }

    [Fact]
    public void Evaluate_WhenHappyPath_ExpectsClosingWithNoEscalationOrProblems()
    {
        var clock = Evaluate(HappyPath, new DateOnly(2025, 6, 10));

        Assert.Equal((Closed, FollowUpEscalation.None, 0, new DateOnly(2025, 3, 5)), (clock.NextStep, clock.Escalation, clock.Problems.Count, clock.NoticeServedOn));
    }

    [Fact]
    public void Evaluate_WhenClosed_ExpectsNothing()
    {
        var clock = Evaluate([.. HappyPath, new(Closed, new DateOnly(2025, 6, 12))], new DateOnly(2025, 6, 20));

        Assert.Empty(clock.NextSteps);
    }

    [Fact]
    public void Evaluate_WhenCorrectionNotReportedAfterDueDate_IsOverdue()
    {
        var clock = Evaluate(Ordered(new DateOnly(2025, 3, 21)), new DateOnly(2025, 5, 21));

        var line = clock.Line(FollowUpRuleIds.Correction);
        Assert.Equal((DeadlineStatus.Overdue, 1), (line.Status, line.DaysLate));
    }

    [Fact]
    public void Evaluate_WhenCorrectionDueInTwoDays_IsDueSoon()
    {
        var clock = Evaluate(Ordered(new DateOnly(2025, 3, 21)), new DateOnly(2025, 5, 18));

        Assert.Equal(DeadlineStatus.DueSoon, clock.Line(FollowUpRuleIds.Correction).Status);
    }

    [Fact]
    public void Evaluate_WhenCorrectionDueInFourDays_IsNotYetDue()
    {
        var clock = Evaluate(Ordered(new DateOnly(2025, 3, 21)), new DateOnly(2025, 5, 16));

        Assert.Equal(DeadlineStatus.NotYetDue, clock.Line(FollowUpRuleIds.Correction).Status);
    }

    [Fact]
    public void Evaluate_WhenDueSoonMarginIsFiveDays_FourDaysLeftIsDueSoon()
    {
        var clock = FollowUpClock.Evaluate(ResultIssued, Ordered(new DateOnly(2025, 3, 21)), new DateOnly(2025, 5, 16), Shipped.Rules, Shipped.Days, dueSoonDays: 5);

        Assert.Equal(DeadlineStatus.DueSoon, clock.Line(FollowUpRuleIds.Correction).Status);
    }

    [Fact]
    public void Evaluate_WhenCorrectionReportedAfterDueDate_IsMetLate()
    {
        var clock = Evaluate([.. Ordered(new DateOnly(2025, 3, 21)), new(CorrectionReported, new DateOnly(2025, 5, 23))], new DateOnly(2025, 5, 30));

        var line = clock.Line(FollowUpRuleIds.Correction);
        Assert.Equal((DeadlineStatus.MetLate, 3), (line.Status, line.DaysLate));
    }

    // Ordered Saturday 2 August 2025: day 60 is 1 October, National Day; the period ends Thursday 9 October.
    [Fact]
    public void Evaluate_WhenCorrectionPeriodEndsOnNationalDay_DueOnFirstWorkingDayAfter()
    {
        var clock = Evaluate(Ordered(new DateOnly(2025, 8, 2)), new DateOnly(2025, 8, 10));

        Assert.Equal(new DateOnly(2025, 10, 9), clock.Line(FollowUpRuleIds.Correction).To);
    }

    [Fact]
    public void Evaluate_WhenNotServed_ExpectsServiceAndStartsNothing()
    {
        var clock = Evaluate([], new DateOnly(2025, 3, 4));

        Assert.Equal([ResultNoticeServed, NoticeByAnnouncementPosted], clock.NextSteps);
        Assert.Equal(
            (DeadlineStatus.NotStarted, ResultNoticeServed),
            (clock.Line(FollowUpRuleIds.ObjectionWindow).Status, clock.Line(FollowUpRuleIds.ObjectionWindow).WaitingFor));
    }

    // Posted Monday 3 March 2025: served by announcement on Wednesday 2 April; the objection window closes Thursday 17 April.
    [Fact]
    public void Evaluate_WhenServedByAnnouncement_ObjectionWindowRunsFromDeemedService()
    {
        var clock = Evaluate([new(NoticeByAnnouncementPosted, new DateOnly(2025, 3, 3))], new DateOnly(2025, 4, 10));

        Assert.Equal(
            (new DateOnly(2025, 4, 2), DeadlineStatus.Met, new DateOnly(2025, 4, 2), new DateOnly(2025, 4, 17), DeadlineStatus.NotYetDue),
            (clock.NoticeServedOn, clock.Line(FollowUpRuleIds.ServiceByAnnouncement).Status, clock.Line(FollowUpRuleIds.ServiceByAnnouncement).MetOn,
                clock.Line(FollowUpRuleIds.ObjectionWindow).To, clock.Line(FollowUpRuleIds.ObjectionWindow).Status));
    }

    [Fact]
    public void Evaluate_WhenAnnouncementPostedAndThenHandedOver_ServedOnHandOver()
    {
        var clock = Evaluate(
            [new(NoticeByAnnouncementPosted, new DateOnly(2025, 3, 3)), new(ResultNoticeServed, new DateOnly(2025, 3, 10))],
            new DateOnly(2025, 3, 12));

        Assert.Equal(
            (new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 25)),
            (clock.NoticeServedOn, clock.Line(FollowUpRuleIds.ServiceByAnnouncement).MetOn, clock.Line(FollowUpRuleIds.ObjectionWindow).To));
    }

    // Filed Friday 24 January 2025: 3 working days are make-up Sunday 26, Monday 27, then (after the holiday) Wednesday 5 February.
    [Fact]
    public void Evaluate_WhenObjectionUndecidedAfterThreeWorkingDays_IsOverdue()
    {
        var clock = Evaluate(
            [new(ResultNoticeServed, new DateOnly(2025, 1, 20)), new(ObjectionFiled, new DateOnly(2025, 1, 24))],
            new DateOnly(2025, 2, 6));

        var line = clock.Line(FollowUpRuleIds.ObjectionDecision);
        Assert.Equal((new DateOnly(2025, 2, 5), DeadlineStatus.Overdue, 1), (line.To, line.Status, line.DaysLate));
    }

    [Fact]
    public void Evaluate_WhenObjectionFiledLateWithOverride_IsMetLateAndOverridden()
    {
        var clock = Evaluate(
            [new(ResultNoticeServed, new DateOnly(2025, 3, 5)), new(ObjectionFiled, new DateOnly(2025, 3, 21), Overridden: true)],
            new DateOnly(2025, 3, 21));

        var line = clock.Line(FollowUpRuleIds.ObjectionWindow);
        Assert.Equal((DeadlineStatus.MetLate, 1, true), (line.Status, line.DaysLate, line.Overridden));
    }

    [Fact]
    public void Evaluate_WhenObjectionWindowOpen_ObjectionDecisionWaitsForObjection()
    {
        var clock = Evaluate([new(ResultNoticeServed, new DateOnly(2025, 3, 5))], new DateOnly(2025, 3, 18));

        Assert.Equal(
            (DeadlineStatus.DueSoon, DeadlineStatus.NotStarted, ObjectionFiled),
            (clock.Line(FollowUpRuleIds.ObjectionWindow).Status, clock.Line(FollowUpRuleIds.ObjectionDecision).Status, clock.Line(FollowUpRuleIds.ObjectionDecision).WaitingFor));
    }

    [Fact]
    public void Evaluate_WhenFirstReinspectionFails_ExpectsProvincialNoticeAndEscalates()
    {
        var steps = Failed(HappyPath, FirstReinspection);

        var clock = Evaluate(steps, new DateOnly(2025, 6, 10));

        Assert.Equal(
            (ProvincialNoticePublished, FollowUpEscalation.ProvincialNotice, DeadlineStatus.NotStarted, ProvincialNoticePublished),
            (clock.NextStep, clock.Escalation, clock.Line(FollowUpRuleIds.SecondReinspection).Status, clock.Line(FollowUpRuleIds.SecondReinspection).WaitingFor));
    }

    // Notice Friday 20 June 2025: the second re-inspection window runs from 19 August to Thursday 18 September.
    [Fact]
    public void Evaluate_WhenProvincialNoticePublished_SecondReinspectionWindowIsSixtyToNinetyDays()
    {
        var steps = Failed(HappyPath, FirstReinspection).Append(new(ProvincialNoticePublished, new DateOnly(2025, 6, 20))).ToList();

        var clock = Evaluate(steps, new DateOnly(2025, 6, 25));

        var line = clock.Line(FollowUpRuleIds.SecondReinspection);
        Assert.Equal(
            (new DateOnly(2025, 8, 19), new DateOnly(2025, 9, 18), DeadlineStatus.NotYetDue, SecondReinspection),
            (line.From, line.To, line.Status, clock.NextStep));
    }

    [Fact]
    public void Evaluate_WhenSecondReinspectionTooEarly_IsEarly()
    {
        var steps = Failed(HappyPath, FirstReinspection)
            .Append(new(ProvincialNoticePublished, new DateOnly(2025, 6, 20)))
            .Append(new(SecondReinspection, new DateOnly(2025, 8, 18), Passed: true))
            .ToList();

        var line = Evaluate(steps, new DateOnly(2025, 8, 20)).Line(FollowUpRuleIds.SecondReinspection);

        Assert.Equal((DeadlineStatus.Early, 1), (line.Status, line.DaysEarly));
    }

    [Fact]
    public void Evaluate_WhenSecondReinspectionFails_ExpectsSuspension()
    {
        var steps = Failed(HappyPath, FirstReinspection)
            .Append(new(ProvincialNoticePublished, new DateOnly(2025, 6, 20)))
            .Append(new(SecondReinspection, new DateOnly(2025, 9, 1), Passed: false))
            .ToList();

        var clock = Evaluate(steps, new DateOnly(2025, 9, 2));

        Assert.Equal((SuspensionOrdered, FollowUpEscalation.Suspension), (clock.NextStep, clock.Escalation));
    }

    [Fact]
    public void Evaluate_WhenSuspended_ExpectsClosingOrRevocation()
    {
        var steps = Failed(HappyPath, FirstReinspection)
            .Append(new(ProvincialNoticePublished, new DateOnly(2025, 6, 20)))
            .Append(new(SecondReinspection, new DateOnly(2025, 9, 1), Passed: false))
            .Append(new(SuspensionOrdered, new DateOnly(2025, 9, 5)))
            .ToList();

        var clock = Evaluate(steps, new DateOnly(2025, 9, 10));

        Assert.Equal([Closed, LicenceRevoked], clock.NextSteps);
    }

    [Fact]
    public void Evaluate_WhenRetestOverturnsResult_CorrectionDeadlinesDoNotApplyAndOnlyPublicationIsExpected()
    {
        var clock = Evaluate(
            [
                new(ResultNoticeServed, new DateOnly(2025, 3, 5)),
                new(ObjectionFiled, new DateOnly(2025, 3, 10)),
                new(ObjectionDecided, new DateOnly(2025, 3, 11), Passed: true),
                new(RetestCompleted, new DateOnly(2025, 4, 1), Passed: true),
            ],
            new DateOnly(2025, 6, 1));

        Assert.Equal([Published], clock.NextSteps);
        Assert.Equal(
            (DeadlineStatus.NotApplicable, DeadlineStatus.NotApplicable),
            (clock.Line(FollowUpRuleIds.StopSale).Status, clock.Line(FollowUpRuleIds.Correction).Status));
    }

    [Fact]
    public void Evaluate_WhenObjectionAcceptedAndRetestPending_PublicationWaitsForRetest()
    {
        var clock = Evaluate(
            [
                new(ResultNoticeServed, new DateOnly(2025, 3, 5)),
                new(ObjectionFiled, new DateOnly(2025, 3, 10)),
                new(ObjectionDecided, new DateOnly(2025, 3, 11), Passed: true),
            ],
            new DateOnly(2025, 3, 25));

        var line = clock.Line(FollowUpRuleIds.Publication);
        Assert.Equal((DeadlineStatus.NotStarted, RetestCompleted), (line.Status, line.WaitingFor));
    }

    [Fact]
    public void Evaluate_WhenStepsOutOfOrder_ReportsTheProblem()
    {
        var clock = Evaluate(
            [new(ResultNoticeServed, new DateOnly(2025, 3, 5)), new(CorrectionOrdered, new DateOnly(2025, 3, 4))],
            new DateOnly(2025, 3, 6));

        Assert.Equal(StepOrderProblemKind.BeforePrerequisite, Assert.Single(clock.Problems).Kind);
    }

    private static FollowUpEvaluation Evaluate(IReadOnlyList<FollowUpStep> steps, DateOnly today) =>
        FollowUpClock.Evaluate(ResultIssued, steps, today, Shipped.Rules, Shipped.Days);

    private static FollowUpStep[] Ordered(DateOnly correctionOrderedOn) =>
    [
        new(ResultNoticeServed, new DateOnly(2025, 3, 5)),
        new(StopSaleOrdered, new DateOnly(2025, 3, 5)),
        new(CorrectionOrdered, correctionOrderedOn),
    ];

    private static List<FollowUpStep> Failed(IEnumerable<FollowUpStep> steps, FollowUpStepKind kind) =>
        [.. steps.Select(step => step.Kind == kind ? step with { Passed = false } : step)];
}
