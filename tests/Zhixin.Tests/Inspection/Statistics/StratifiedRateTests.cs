using Zhixin.Inspection.Statistics;

namespace Zhixin.Tests.Inspection.Statistics;

public sealed class StratifiedRateTests
{
    // By hand. Output 600, 300, 100 → shares W = 0.6, 0.3, 0.1; pass rates p = 90/100, 40/50, 50/50 = 0.9, 0.8, 1.
    //   rate     = 0.6·0.9 + 0.3·0.8 + 0.1·1                          = 0.54 + 0.24 + 0.10 = 0.88
    //   variance = 0.36·0.9·0.1/100 + 0.09·0.8·0.2/50 + 0.01·0/50     = 0.000324 + 0.000288 = 0.000612
    //   normal   = 0.88 ± 1.959964·√0.000612 = 0.88 ± 0.048487         → 0.831513 to 0.928487
    //   Kish n   = 1 / (0.36/100 + 0.09/50 + 0.01/50) = 1/0.0056       = 178.5714
    //   Wilson   z²/n = 0.021512; centre = (0.88 + 0.010756)/1.021512  = 0.871998
    //            half = 1.959964·√(0.00059136 + 0.0000301170)/1.021512 = 0.047832 → 0.824166 to 0.919829
    //   pooled   = 180/200 = 0.90, unweighted
    private static readonly Stratum[] Example =
    [
        new("A", 600, 100, 10),
        new("B", 300, 50, 10),
        new("C", 100, 50, 0),
    ];

    [Fact]
    public void Estimate_WhenHandExample_MatchesHandComputation()
    {
        var rate = StratifiedRate.Estimate(Example);

        Assert.Equal(0.88, rate.Rate, 1e-12);
        Assert.Equal(0.12, rate.NonConformityRate, 1e-12);
        Assert.Equal(0.000612, rate.Variance, 1e-12);
        Assert.Equal(0.831513, rate.NormalInterval.Lower, 1e-6);
        Assert.Equal(0.928487, rate.NormalInterval.Upper, 1e-6);
        Assert.Equal(178.5714, rate.EffectiveSampleSize, 1e-4);
        Assert.Equal(0.824166, rate.WilsonInterval.Lower, 1e-6);
        Assert.Equal(0.919829, rate.WilsonInterval.Upper, 1e-6);
        Assert.Equal(0.90, rate.Pooled.Rate!.Value, 1e-12);
        Assert.Equal(1 - 0.919829, rate.NonConformityWilsonInterval.Lower, 1e-6);
    }

    [Fact]
    public void Estimate_WhenWeightsScaled_GivesTheSameRate()
    {
        var shares = StratifiedRate.Estimate(Example.Select(stratum => stratum with { Weight = stratum.Weight / 1000 }));

        Assert.Equal(StratifiedRate.Estimate(Example).WilsonInterval.Lower, shares.WilsonInterval.Lower, 1e-12);
        Assert.Equal(StratifiedRate.Estimate(Example).Variance, shares.Variance, 1e-15);
    }

    // Batches allocated in proportion to output (2:1 weights, 200:100 batches) lose nothing to weighting.
    [Fact]
    public void Estimate_WhenAllocationProportional_EffectiveSizeIsTotalTested()
    {
        var rate = StratifiedRate.Estimate([new("A", 2, 200, 20), new("B", 1, 100, 30)]);

        Assert.Equal(300, rate.EffectiveSampleSize, 1e-9);
    }

    [Fact]
    public void Estimate_WhenOneStratum_EqualsTheCellsWilsonInterval()
    {
        var rate = StratifiedRate.Estimate([new("only", 5, 20, 3)]);
        var cell = ProportionInterval.For(17, 20)!;

        Assert.Equal(cell.Lower, rate.WilsonInterval.Lower, 1e-12);
        Assert.Equal(cell.Upper, rate.WilsonInterval.Upper, 1e-12);
    }

    [Fact]
    public void Estimate_WhenEveryStratumPassedEntirely_OnlyTheWilsonIntervalHasWidth()
    {
        var rate = StratifiedRate.Estimate([new("A", 1, 20, 0), new("B", 1, 30, 0)]);

        Assert.Equal(0, rate.NormalInterval.Width);
        Assert.Equal(1, rate.WilsonInterval.Upper);
        Assert.True(rate.WilsonInterval.Lower < 0.95);
    }

    [Fact]
    public void Estimate_WhenWeightedStratumUntested_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => StratifiedRate.Estimate([.. Example, new("纺织业", 50, 0, 0)]));

        Assert.Contains("纺织业", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_WhenUntestedStratumHasWeightZero_IgnoresIt()
    {
        var rate = StratifiedRate.Estimate([.. Example, new("纺织业", 0, 0, 0)]);

        Assert.Equal(0.88, rate.Rate, 1e-12);
    }

    [Fact]
    public void Estimate_WhenWeightNegative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StratifiedRate.Estimate([new("A", -1, 20, 0), new("B", 2, 20, 0)]));
    }

    [Fact]
    public void Estimate_WhenNoWeight_Throws()
    {
        Assert.Throws<ArgumentException>(() => StratifiedRate.Estimate([new("A", 0, 20, 1)]));
        Assert.Throws<ArgumentException>(() => StratifiedRate.Estimate([]));
    }

    [Fact]
    public void Estimate_WhenFailedExceedsTested_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StratifiedRate.Estimate([new("A", 1, 20, 21)]));
    }
}
