using Zhixin.Inspection.FollowUp;
using static Zhixin.Inspection.FollowUp.FollowUpStepKind;

namespace Zhixin.Tests.Inspection.FollowUp;

public sealed class StepFollowsItsPrerequisitesTests
{
    private static readonly DateOnly ResultIssued = new(2025, 3, 3);

    [Fact]
    public void Check_WhenCorrectionOrderedBeforeNoticeServed_NamesBothSteps()
    {
        var problem = Assert.Single(Check(new(ResultNoticeServed, new DateOnly(2025, 3, 5)), new(CorrectionOrdered, new DateOnly(2025, 3, 4))));

        Assert.Equal(
            (StepOrderProblemKind.BeforePrerequisite, CorrectionOrdered, ResultNoticeServed, new DateOnly(2025, 3, 5)),
            (problem.Kind, problem.Step, problem.Prerequisite, problem.PrerequisiteOn));
    }

    [Fact]
    public void Check_WhenCorrectionReportedWithoutOrder_NamesTheMissingOrder()
    {
        var problem = Assert.Single(Check(new(ResultNoticeServed, new DateOnly(2025, 3, 5)), new(CorrectionReported, new DateOnly(2025, 4, 1))));

        Assert.Equal((StepOrderProblemKind.PrerequisiteMissing, CorrectionReported, CorrectionOrdered), (problem.Kind, problem.Step, problem.Prerequisite));
    }

    [Fact]
    public void Check_WhenStepDatedBeforeResultIssued_ReportsIt()
    {
        var problem = Assert.Single(Check(new FollowUpStep(ResultNoticeServed, new DateOnly(2025, 3, 1))));

        Assert.Equal((StepOrderProblemKind.BeforeResultIssued, ResultNoticeServed), (problem.Kind, problem.Step));
    }

    [Fact]
    public void Check_WhenProvincialNoticeAfterPassedReinspection_ReportsIt()
    {
        var problems = Check(
            new(ResultNoticeServed, new DateOnly(2025, 3, 5)),
            new(CorrectionOrdered, new DateOnly(2025, 3, 21)),
            new(FirstReinspection, new DateOnly(2025, 5, 28), Passed: true),
            new(ProvincialNoticePublished, new DateOnly(2025, 6, 20)));

        Assert.Equal((StepOrderProblemKind.PrerequisiteNotFailed, ProvincialNoticePublished, FirstReinspection), (problems[0].Kind, problems[0].Step, problems[0].Prerequisite));
    }

    [Fact]
    public void Check_WhenRetestAfterRefusedObjection_ReportsIt()
    {
        var problems = Check(
            new(ResultNoticeServed, new DateOnly(2025, 3, 5)),
            new(ObjectionFiled, new DateOnly(2025, 3, 10)),
            new(ObjectionDecided, new DateOnly(2025, 3, 12), Passed: false),
            new(RetestCompleted, new DateOnly(2025, 4, 1), Passed: true));

        Assert.Equal(StepOrderProblemKind.PrerequisiteNotAccepted, Assert.Single(problems).Kind);
    }

    [Fact]
    public void Check_WhenReinspectionHasNoOutcome_ReportsIt()
    {
        var problems = Check(
            new(ResultNoticeServed, new DateOnly(2025, 3, 5)),
            new(CorrectionOrdered, new DateOnly(2025, 3, 21)),
            new(FirstReinspection, new DateOnly(2025, 5, 28)));

        Assert.Equal((StepOrderProblemKind.OutcomeMissing, FirstReinspection), (Assert.Single(problems).Kind, problems[0].Step));
    }

    [Fact]
    public void Check_WhenStepRecordedTwice_ReportsTheSecond()
    {
        var problem = Assert.Single(Check(new(ResultNoticeServed, new DateOnly(2025, 3, 5)), new(ResultNoticeServed, new DateOnly(2025, 3, 7))));

        Assert.Equal((StepOrderProblemKind.Duplicate, new DateOnly(2025, 3, 7), new DateOnly(2025, 3, 5)), (problem.Kind, problem.On, problem.PrerequisiteOn));
    }

    // Posting the announcement starts service, so a correction order may follow it before the notice counts as served.
    [Fact]
    public void Check_WhenCorrectionOrderedAfterAnnouncementPosted_IsFine()
    {
        Assert.Empty(Check(new(NoticeByAnnouncementPosted, new DateOnly(2025, 3, 5)), new(CorrectionOrdered, new DateOnly(2025, 3, 6))));
    }

    [Fact]
    public void Check_WhenStepsOnTheSameDay_IsFine()
    {
        Assert.Empty(Check(new(ResultNoticeServed, new DateOnly(2025, 3, 5)), new(StopSaleOrdered, new DateOnly(2025, 3, 5)), new(CorrectionOrdered, new DateOnly(2025, 3, 5))));
    }

    private static IReadOnlyList<StepOrderProblem> Check(params FollowUpStep[] steps) => StepFollowsItsPrerequisites.Check(ResultIssued, steps);
}
