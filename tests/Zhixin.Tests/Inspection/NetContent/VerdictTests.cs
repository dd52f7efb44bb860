using Zhixin.Inspection.NetContent;
using static Zhixin.Tests.Inspection.NetContent.NetContentLots;

namespace Zhixin.Tests.Inspection.NetContent;

/// <summary>
/// The verdict from classified units, counts and the mean criterion. Unless said otherwise: Qn = 500 g, so
/// T = 15 g (3 %), T1 = 485 g and T2 = 470 g.
/// </summary>
public sealed class VerdictTests
{
    [Fact]
    public void Evaluate_When500Grams_GivesT1AndT2()
    {
        var result = Judge(Uniform(500m, "g", 20, 10, 500m));

        Assert.Equal((15m, 485m, 470m), (result.TolerableDeficiency.Value, result.T1, result.T2));
    }

    [Theory]
    [InlineData("500", nameof(ShortfallClass.WithinT))]
    [InlineData("520", nameof(ShortfallClass.WithinT))] // a surplus
    [InlineData("485", nameof(ShortfallClass.WithinT))] // exactly T1: short by T, not more
    [InlineData("484.9", nameof(ShortfallClass.BeyondT))]
    [InlineData("470", nameof(ShortfallClass.BeyondT))] // exactly T2: short by 2T, not more
    [InlineData("469.9", nameof(ShortfallClass.Beyond2T))]
    public void Evaluate_WhenUnitMeasures_ClassifiesItsShortfallAgainstTAnd2T(string value, string expected)
    {
        var unit = Judge(Lot(500m, "g", 1, D(value))).Units[0];

        Assert.Equal((500m - D(value), Enum.Parse<ShortfallClass>(expected)), (unit.Shortfall, unit.Class));
    }

    // N = 100 → n = 50, λ = 0.379, 3 allowed beyond T. 3 × 480 g + 47 × 502 g:
    // q̄ = (1440 + 23594) / 50 = 500.68; Σ(q − q̄)² = 3 × 20.68² + 47 × 1.32² = 1282.9872 + 81.8928 = 1364.88;
    // s = √(1364.88 / 49) = 5.2778; Qn − λ·s = 500 − 2.0003 = 497.9997 ≤ 500.68.
    [Fact]
    public void Evaluate_WhenAsManyBeyondTAsAllowed_Passes()
    {
        var result = Judge(Grouped(500m, 100, (3, 480m), (47, 502m)));

        Assert.Equal((3, 3, true, NetContentVerdict.Pass), (result.Counts.BeyondT, result.Counts.AllowedBeyondT, result.Mean.Passes, result.Verdict));
        Assert.Equal(500.68m, result.Mean.Mean);
        Assert.Equal(5.2778, result.Mean.StandardDeviation!.Value, 4);
        Assert.Equal(497.9997m, Math.Round(result.Mean.Limit!.Value, 4));
    }

    // 4 × 480 g + 46 × 502 g: q̄ = 25012 / 50 = 500.24; Σ(q − q̄)² = 4 × 20.24² + 46 × 1.76² = 1781.12;
    // s = √(1781.12 / 49) = 6.0290; Qn − λ·s = 497.715: the mean passes, the count does not.
    [Fact]
    public void Evaluate_WhenOneMoreBeyondTThanAllowed_FailsOnTheCountAlone()
    {
        var result = Judge(Grouped(500m, 100, (4, 480m), (46, 502m)));

        Assert.Equal(NetContentVerdict.Fail, result.Verdict);
        Assert.Equal([CriterionOutcome.NotMet, CriterionOutcome.Met, CriterionOutcome.Met], result.Reasons.Select(reason => reason.Outcome));
        Assert.Equal(497.715m, Math.Round(result.Mean.Limit!.Value, 3));
    }

    [Fact]
    public void Evaluate_WhenOneUnitBeyond2T_Fails()
    {
        var result = Judge(Grouped(500m, 100, (1, 469m), (49, 502m)));

        Assert.Equal((0, 1, NetContentVerdict.Fail), (result.Counts.BeyondT, result.Counts.Beyond2T, result.Verdict));
        Assert.Equal(CriterionOutcome.NotMet, result.Reasons.Single(reason => reason.Criterion == NetContentCriterion.UnitsBeyond2T).Outcome);
    }

    // N = 30 → n = 10, λ = 1.028. 5 × 498 g + 5 × 502 g: q̄ = 500; Σ(q − q̄)² = 10 × 2² = 40;
    // s = √(40 / 9) = 2.1082; λ·s = 2.1672; Qn − λ·s = 497.8328 ≤ 500.
    [Fact]
    public void Evaluate_WhenMeanAboveTheLimit_Passes()
    {
        var result = Judge(Grouped(500m, 30, (5, 498m), (5, 502m)));

        Assert.Equal((500m, 2.1082, 1.028m, 2.1672m, true, NetContentVerdict.Pass),
            (result.Mean.Mean, Math.Round(result.Mean.StandardDeviation!.Value, 4), result.Mean.Lambda!.Value,
                Math.Round(result.Mean.Correction!.Value, 4), result.Mean.Passes!.Value, result.Verdict));
    }

    // 5 × 495 g + 5 × 497 g: every unit within T, but q̄ = 496; Σ(q − q̄)² = 10 × 1² = 10; s = √(10 / 9) = 1.0541;
    // λ·s = 1.028 × 1.0541 = 1.0836; Qn − λ·s = 498.9164 > 496: the lot fails on its mean alone.
    [Fact]
    public void Evaluate_WhenEveryUnitWithinTButMeanBelowTheLimit_Fails()
    {
        var result = Judge(Grouped(500m, 30, (5, 495m), (5, 497m)));

        Assert.Equal((0, 0, false, NetContentVerdict.Fail), (result.Counts.BeyondT, result.Counts.Beyond2T, result.Mean.Passes, result.Verdict));
        Assert.Equal(498.9164m, Math.Round(result.Mean.Limit!.Value, 4));
    }

    // No spread (s = 0) leaves Qn − λ·s = Qn: ten units of 499.9 g fail, ten of exactly 500 g pass (≥).
    [Theory]
    [InlineData("499.9", nameof(NetContentVerdict.Fail))]
    [InlineData("500", nameof(NetContentVerdict.Pass))]
    public void Evaluate_WhenNoSpread_NeedsTheMeanToReachQn(string value, string verdict)
    {
        var result = Judge(Uniform(500m, "g", 30, 10, D(value)));

        Assert.Equal((0d, 500m, Enum.Parse<NetContentVerdict>(verdict)), (result.Mean.StandardDeviation!.Value, result.Mean.Limit!.Value, result.Verdict));
    }

    // N = 5: every unit inspected, no mean test. Five units of 490 g (each short by 10 g ≤ T) pass although q̄ < Qn.
    [Fact]
    public void Evaluate_WhenLotOf10OrFewerAndMeanBelowQn_PassesWithoutAMeanTest()
    {
        var result = Judge(Uniform(500m, "g", 5, 5, 490m));

        Assert.Equal((false, (bool?)null, CriterionOutcome.NotApplied, NetContentVerdict.Pass),
            (result.Mean.Applies, result.Mean.Passes, result.Reasons.Single(reason => reason.Criterion == NetContentCriterion.Mean).Outcome, result.Verdict));
    }

    [Fact]
    public void Evaluate_WhenLotOf10OrFewerAndOneUnitBeyondT_Fails()
    {
        var result = Judge(Lot(500m, "g", 5, 500m, 500m, 484.9m, 500m, 500m));

        Assert.Equal((1, 0, NetContentVerdict.Fail), (result.Counts.BeyondT, result.Counts.AllowedBeyondT, result.Verdict));
    }

    [Fact]
    public void Evaluate_WhenSingleUnitLot_HasNoStandardDeviation()
    {
        var result = Judge(Lot(500m, "g", 1, 499m));

        Assert.Equal(((double?)null, NetContentVerdict.Pass), (result.Mean.StandardDeviation, result.Verdict));
    }

    // A count of 50 allows no shortfall (T = 0), so one unit short by one is beyond 2T.
    [Fact]
    public void Evaluate_WhenCountOf50ShortByOne_FailsAsBeyond2T()
    {
        var result = Judge(Lot(50m, "个", 3, 50m, 49m, 51m));

        Assert.Equal((ShortfallClass.Beyond2T, NetContentVerdict.Fail), (result.Units[1].Class, result.Verdict));
    }

    [Fact]
    public void Evaluate_WhenDeclaredInKilograms_ReportsEveryFigureInKilograms()
    {
        var result = Judge(Lot(1.5m, "kg", 2, 1.49m, 1.47m));

        Assert.Equal(("kg", 1.477m, 1.454m, 1.48m, 0.03m, ShortfallClass.BeyondT),
            (result.Unit, result.T1, result.T2, result.Mean.Mean, result.Units[1].Shortfall, result.Units[1].Class));
    }

    [Fact]
    public void Evaluate_WhenLotFails_GivesTheVerdictTextAndAReasonPerCriterion()
    {
        var result = InChinese(() => Judge(Grouped(500m, 30, (5, 495m), (5, 497m))));

        Assert.Equal("不合格", result.VerdictText);
        Assert.Equal([NetContentCriterion.UnitsBeyondT, NetContentCriterion.UnitsBeyond2T, NetContentCriterion.Mean], result.Reasons.Select(reason => reason.Criterion));
        Assert.Equal("平均实际含量 q̄ = 496 g < Qn − λ·s = 498.9164 g", result.Reasons[2].Message);
    }
}
