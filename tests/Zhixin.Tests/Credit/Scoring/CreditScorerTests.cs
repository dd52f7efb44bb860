using Zhixin.Credit.Domain;
using Zhixin.Credit.Scoring;

namespace Zhixin.Tests.Credit.Scoring;

/// <summary>The shipped rule set (version 1) applied to files built record by record; every figure is worked out by hand in the comments.</summary>
public sealed class CreditScorerTests
{
    private static readonly ScoringModel Model = ScoringModelJson.LoadEmbedded();
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void EmptyFile_ScoresTheBase_GradeA_RiskClassA()
    {
        var score = CreditScorer.Score(Model, [], Today);

        Assert.Equal(100m, score.Score);
        Assert.Equal(CreditGrade.A, score.Grade);
        Assert.Equal(RiskClass.A, score.RiskClass);
        Assert.Empty(score.Lines);
    }

    [Fact]
    public void SpotCheckFailure_Takes15_CountsFor24Months_AndMakesRiskClassC_ForAYear()
    {
        var failed = Record(CreditRecordKind.SpotCheckFailed, new DateOnly(2026, 3, 10));

        var score = CreditScorer.Score(Model, [failed], Today);

        // 100 − 15 = 85: grade B (80 ≤ 85 < 95); a failure within 12 months is risk condition R-C2.
        Assert.Equal(85m, score.Score);
        Assert.Equal(CreditGrade.B, score.Grade);
        Assert.Equal(RiskClass.C, score.RiskClass);
        Assert.Equal("R-C2", Assert.Single(score.RiskReasons).ConditionCode);
        var line = Assert.Single(score.Lines);
        Assert.Equal(("N1", 1, -15m), (line.RuleCode, line.RuleSetVersion, line.Points));
        Assert.Equal(new DateOnly(2028, 3, 9), line.LastCountingDay);
    }

    [Theory]
    [InlineData("2028-03-09", 85, "B")]
    [InlineData("2028-03-10", 100, "A")]
    public void Record_CountsThroughTheDayBeforeItsPeriodEnds(string day, int expectedScore, string expectedGrade)
    {
        var failed = Record(CreditRecordKind.SpotCheckFailed, new DateOnly(2026, 3, 10));

        var score = CreditScorer.Score(Model, [failed], DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((expectedScore, expectedGrade), ((int)score.Score, score.Grade.ToString()));
    }

    [Fact]
    public void SeriousPenalty_CapsTheGradeAtD_WhateverTheScore()
    {
        var award = Record(CreditRecordKind.QualityAward, new DateOnly(2025, 1, 5));
        var penalty = Record(CreditRecordKind.AdministrativePenalty, new DateOnly(2025, 6, 1), RecordSeverity.Serious);

        var score = CreditScorer.Score(Model, [award, penalty], Today);

        // 100 + 5 − 40 = 65 would be C; rule N2.3 holds the grade at D while the penalty counts (36 months).
        Assert.Equal(65m, score.Score);
        Assert.Equal(CreditGrade.D, score.Grade);
        Assert.Equal("N2.3", score.GradeCappedBy);
        Assert.Equal(RiskClass.D, score.RiskClass);
        Assert.Equal("R-D1", Assert.Single(score.RiskReasons).ConditionCode);
    }

    [Fact]
    public void PositiveRule_IsCappedInTotal_TheNewestRecordsCountInFull()
    {
        var certificates = Enumerable.Range(0, 4).Select(i => Record(CreditRecordKind.Certification, new DateOnly(2025, 1 + i, 1))).ToList();

        var score = CreditScorer.Score(Model, certificates, Today);

        // P1: +2 each, at most +6 in total: the three newest give 2 each, the oldest is capped to 0.
        Assert.Equal(106m, score.Score);
        Assert.Equal([2m, 2m, 2m, 0m], score.Lines.Select(l => l.Points));
        Assert.Equal([false, false, false, true], score.Lines.Select(l => l.Capped));
    }

    [Fact]
    public void ComplaintsBeyondTheCap_TakeNoMore_AndThreeInAYearMakeClassC()
    {
        var complaints = Enumerable.Range(0, 6).Select(i => Record(CreditRecordKind.ComplaintUpheld, new DateOnly(2026, 1 + i, 15))).ToList();

        var score = CreditScorer.Score(Model, complaints, Today);

        // N3: −5 each, at most −20 in total.
        Assert.Equal(80m, score.Score);
        Assert.Equal(CreditGrade.B, score.Grade);
        Assert.Equal(RiskClass.C, score.RiskClass);
        Assert.Equal(6, Assert.Single(score.RiskReasons, r => r.ConditionCode == "R-C4").Records);
    }

    [Fact]
    public void ThreeFailuresInTwoYears_MakeRiskClassD_WithGradeC()
    {
        var failures = new[] { new DateOnly(2025, 2, 1), new DateOnly(2025, 9, 1), new DateOnly(2026, 8, 1) }
            .Select(d => Record(CreditRecordKind.SpotCheckFailed, d)).ToList();

        var score = CreditScorer.Score(Model, failures, Today);

        // 100 − 45 = 55: below C's 60, so D by score; R-D1 (grade D) and R-D2 (3 failures in 24 months) both hold.
        Assert.Equal(55m, score.Score);
        Assert.Equal(CreditGrade.D, score.Grade);
        Assert.Null(score.GradeCappedBy);
        Assert.Equal(["R-D1", "R-D2"], score.RiskReasons.Select(r => r.ConditionCode));
    }

    [Fact]
    public void CleanGradeA_WithAnOldNegativeRecord_IsRiskClassB_UntilItIs36MonthsOld()
    {
        // A light penalty counts 3 months; afterwards the score is back to 100 but the firm is not "clean" for 36 months.
        var penalty = Record(CreditRecordKind.AdministrativePenalty, new DateOnly(2024, 12, 1), RecordSeverity.Light);

        var now = CreditScorer.Score(Model, [penalty], Today);
        var later = CreditScorer.Score(Model, [penalty], new DateOnly(2027, 12, 1));

        Assert.Equal((100m, CreditGrade.A, RiskClass.B), (now.Score, now.Grade, now.RiskClass));
        Assert.Equal(RiskClass.A, later.RiskClass);
    }

    [Fact]
    public void RecordWithoutARule_IsListedAsNotScored()
    {
        // Every kind has a rule in version 1; a rule set without a recall rule shows what happens to such a record.
        var model = Model with { Rules = [.. Model.Rules.Where(r => r.Kind != CreditRecordKind.Recall)] };
        var recall = Record(CreditRecordKind.Recall, new DateOnly(2026, 5, 1));

        var score = CreditScorer.Score(model, [recall], Today);

        Assert.Equal(100m, score.Score);
        Assert.Equal([recall.Id], score.NotScored);
    }

    [Fact]
    public void Outlook_GivesTheFirstDayOfEachBetterGrade()
    {
        var records = new[]
        {
            Record(CreditRecordKind.SpotCheckFailed, new DateOnly(2025, 4, 1)),
            Record(CreditRecordKind.AdministrativePenalty, new DateOnly(2026, 2, 1), RecordSeverity.General),
        };

        var today = CreditScorer.Score(Model, records, Today);
        var outlook = CreditScorer.Outlook(Model, records, Today);

        // Today 100 − 15 − 20 = 65 (C). The penalty stops counting after 2027-01-31: 85 (B) from 2027-02-01;
        // the failure after 2027-03-31: 100 (A) from 2027-04-01.
        Assert.Equal(CreditGrade.C, today.Grade);
        Assert.Equal(
            [(CreditGrade.A, (DateOnly?)new DateOnly(2027, 4, 1), (decimal?)100m), (CreditGrade.B, new DateOnly(2027, 2, 1), 85m)],
            outlook.Select(o => (o.Grade, o.From, o.ScoreThen)));
    }

    [Fact]
    public void Outlook_IsEmptyForGradeA_AndRecordsDatedLaterThanTheDayAreIgnored()
    {
        var future = Record(CreditRecordKind.SpotCheckFailed, Today.AddDays(1));

        Assert.Empty(CreditScorer.Outlook(Model, [], Today));
        Assert.Equal(100m, CreditScorer.Score(Model, [future], Today).Score);
    }

    private static ScoredRecord Record(CreditRecordKind kind, DateOnly on, RecordSeverity severity = RecordSeverity.None) =>
        new(Guid.NewGuid(), kind, severity, on, kind.ToString());
}
