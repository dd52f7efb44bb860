using Zhixin.Plans.Assessment;
using Zhixin.Plans.Indicators;
using static Zhixin.Tests.Plans.Assessment.AssessmentFacts;

namespace Zhixin.Tests.Plans.Assessment;

public sealed class AssessmentCalculatorTests
{
    [Fact]
    public void Score_WhenNoTasks_IsNotAssessed()
    {
        var score = AssessmentCalculator.Score(DefaultScheme, Facts());

        Assert.Equal((false, (decimal?)null, (string?)null), (score.Assessed, score.Total, score.Grade));
    }

    // "时效性 18.3 / 20: 6 份应报，5 份按时，1 份逾期" with late reports earning half credit.
    [Fact]
    public void Score_WhenFiveOfSixOnTimeAndOneLate_GivesTimelinessEvidenceAndPoints()
    {
        var facts = Facts(Task(TaskRole.Lead, OnTime(), OnTime(), OnTime(), OnTime(), OnTime(), Late())) with { Indicators = [TargetOutcome.Met] };

        var line = Assert.Single(AssessmentCalculator.Score(DefaultScheme, facts).Lines, line => line.Basis == ScoreBasis.Timeliness);

        Assert.Equal((new TimelinessEvidence(6, 5, 1, 0), 18.3m), (line.Evidence, Math.Round(line.Points, 1)));
    }

    [Fact]
    public void Score_WhenEverythingOnTimeAndComplete_Is100AndExcellent()
    {
        var facts = Facts(Task(TaskRole.Lead, OnTime())) with { Indicators = [TargetOutcome.Met] };

        var score = AssessmentCalculator.Score(DefaultScheme, facts);

        Assert.Equal((100.0m, "优秀"), (score.Total, score.Grade));
    }

    [Fact]
    public void Score_WhenLeadTaskCompleteAndParticipantTaskNot_WeighsLeadDouble()
    {
        var facts = Facts(Task(TaskRole.Lead, OnTime(100)), Task(TaskRole.Participant, OnTime(0)));

        var line = Assert.Single(AssessmentCalculator.Score(DefaultScheme, facts).Lines, line => line.Basis == ScoreBasis.Completion);

        Assert.Equal(new CompletionEvidence(2, 1, 200m / 3), line.Evidence);
    }

    [Fact]
    public void Score_WhenTaskHasSeveralReports_UsesLatestPeriodsPercent()
    {
        var earlier = OnTime(30);
        var later = OnTime(80) with { Due = new DateOnly(2014, 1, 15) };

        var line = Assert.Single(AssessmentCalculator.Score(DefaultScheme, Facts(Task(TaskRole.Participant, later, earlier))).Lines, line => line.Basis == ScoreBasis.Completion);

        Assert.Equal(0.8m, line.Ratio);
    }

    [Fact]
    public void Score_WhenNoTargetHasActual_GivesIndicatorWeightToOtherLines()
    {
        var facts = Facts(Task(TaskRole.Lead, OnTime())) with { Indicators = [TargetOutcome.Unknown] };

        var score = AssessmentCalculator.Score(DefaultScheme, facts);

        Assert.Equal((100.0m, 0m), (score.Total, score.Lines.Single(line => line.Basis == ScoreBasis.Indicators).EffectiveWeight));
    }

    [Fact]
    public void Score_WhenHalfTheRecordedTargetsMet_GivesHalfIndicatorRatio()
    {
        var facts = Facts(Task(TaskRole.Lead, OnTime())) with { Indicators = [TargetOutcome.Met, TargetOutcome.NotMet, TargetOutcome.Unknown] };

        var line = Assert.Single(AssessmentCalculator.Score(DefaultScheme, facts).Lines, line => line.Basis == ScoreBasis.Indicators);

        Assert.Equal((0.5m, new IndicatorEvidence(2, 1, 1)), (line.Ratio, line.Evidence));
    }

    [Fact]
    public void Score_WhenManyOverdueReports_CapsDeductionAtLineWeight()
    {
        var facts = Facts(Task(TaskRole.Lead, Overdue(), Overdue(), Overdue(), Overdue(), Overdue(), Overdue(), OnTime()));

        var line = Assert.Single(AssessmentCalculator.Score(DefaultScheme, facts).Lines, line => line.Basis == ScoreBasis.Deductions);

        Assert.Equal((new DeductionEvidence(6, 10m), 0m), (line.Evidence, line.Points));
    }

    [Fact]
    public void Score_WhenReportNotDueYet_LeavesItOutOfTimeliness()
    {
        var line = Assert.Single(AssessmentCalculator.Score(DefaultScheme, Facts(Task(TaskRole.Lead, OnTime(), NotDueYet()))).Lines, line => line.Basis == ScoreBasis.Timeliness);

        Assert.Equal(new TimelinessEvidence(1, 1, 0, 0), line.Evidence);
    }

    // A single completion line makes the total the completion percent: 89.95 rounds to 90.0, which is 优秀.
    [Fact]
    public void Score_WhenTotalIs89Point95_RoundsTo90AndGradesExcellent()
    {
        var scheme = DefaultScheme with { Lines = [new SchemeLine("completion", "任务完成", 100, ScoreBasis.Completion)] };

        var score = AssessmentCalculator.Score(scheme, Facts(Task(TaskRole.Lead, OnTime(89.95m))));

        Assert.Equal((90.0m, "优秀"), (score.Total, score.Grade));
    }

    [Fact]
    public void Score_WhenTotalIs89Point94_RoundsTo89Point9AndGradesGood()
    {
        var scheme = DefaultScheme with { Lines = [new SchemeLine("completion", "任务完成", 100, ScoreBasis.Completion)] };

        var score = AssessmentCalculator.Score(scheme, Facts(Task(TaskRole.Lead, OnTime(89.94m))));

        Assert.Equal((89.9m, "良好"), (score.Total, score.Grade));
    }

    [Fact]
    public void Score_WhenSchemeInvalid_ThrowsNamingProblem()
    {
        var scheme = DefaultScheme with { Lines = [new SchemeLine("completion", "任务完成", 90, ScoreBasis.Completion)] };

        var error = Assert.Throws<ArgumentException>(() => AssessmentCalculator.Score(scheme, Facts(Task(TaskRole.Lead, OnTime()))));

        Assert.Contains("completion 90", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WhenLateCreditIsZero_LateReportEarnsNothing()
    {
        var scheme = DefaultScheme with { Parameters = new ScoringParameters(LateCredit: 0) };

        var line = Assert.Single(AssessmentCalculator.Score(scheme, Facts(Task(TaskRole.Lead, Late()))).Lines, line => line.Basis == ScoreBasis.Timeliness);

        Assert.Equal(0m, line.Ratio);
    }
}
