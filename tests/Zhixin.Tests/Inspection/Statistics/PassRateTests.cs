using Zhixin.Inspection.Statistics;

namespace Zhixin.Tests.Inspection.Statistics;

public sealed class PassRateTests
{
    [Fact]
    public void Of_When2024National_GivesBothRatesAndIntervals()
    {
        var rate = PassRate.Of(25250, 3601);

        Assert.Equal(21649, rate.Passed);
        Assert.Equal(14.26, Math.Round(rate.NonConformityRate!.Value * 100, 2));
        Assert.Equal(85.74, Math.Round(rate.Rate!.Value * 100, 2));
        Assert.Equal(13.84, Math.Round(rate.NonConformityInterval!.Lower * 100, 2));
        Assert.Equal(14.70, Math.Round(rate.NonConformityInterval.Upper * 100, 2));
        Assert.Equal(85.30, Math.Round(rate.Interval!.Lower * 100, 2));
        Assert.Equal(86.16, Math.Round(rate.Interval.Upper * 100, 2));
        Assert.False(rate.SmallCell);
    }

    [Fact]
    public void Of_WhenClopperPearsonChosen_UsesIt()
    {
        var rate = PassRate.Of(20, 3, RateOptions.Default with { Method = IntervalMethod.ClopperPearson });

        Assert.Equal(3.21, Math.Round(rate.NonConformityInterval!.Lower * 100, 2));
        Assert.Equal(37.89, Math.Round(rate.NonConformityInterval.Upper * 100, 2));
    }

    // 2023, by enterprise: 3 302 of 26 472 enterprises had a non-conforming batch, so 87.5 % passed.
    [Fact]
    public void Of_When2023Enterprises_GivesEnterprisePassRate()
    {
        var rates = SpotCheckRates.Of(28265, 3476, 26472, 3302);

        Assert.Equal(12.30, Math.Round(rates.Batches.NonConformityRate!.Value * 100, 2));
        Assert.Equal(12.47, Math.Round(rates.Enterprises.NonConformityRate!.Value * 100, 2));
        Assert.Equal(87.5, Math.Round(rates.Enterprises.Rate!.Value * 100, 1));
    }

    [Fact]
    public void Of_WhenNothingTested_HasNoRatesAndIsSmall()
    {
        var rate = PassRate.Of(0, 0);

        Assert.False(rate.HasData);
        Assert.Null(rate.Rate);
        Assert.Null(rate.NonConformityRate);
        Assert.Null(rate.Interval);
        Assert.Null(rate.NonConformityInterval);
        Assert.True(rate.SmallCell);
    }

    [Theory]
    [InlineData(29, 10, true)]
    [InlineData(30, 10, false)]
    [InlineData(1000, 4, true)]
    [InlineData(1000, 5, false)]
    [InlineData(1000, 996, true)]
    [InlineData(1000, 995, false)]
    public void Of_WhenDefaultRule_FlagsFewBatchesFailuresOrPasses(int tested, int failed, bool small)
    {
        Assert.Equal(small, PassRate.Of(tested, failed).SmallCell);
    }

    [Fact]
    public void Of_WhenThresholdsConfigured_UsesThem()
    {
        var options = RateOptions.Default with { SmallCell = new SmallCellRule(MinTested: 10, MinEachOutcome: 1) };

        Assert.False(PassRate.Of(20, 3, options).SmallCell);
        Assert.True(PassRate.Of(20, 0, options).SmallCell);
    }

    [Theory]
    [InlineData(20, 21)]
    [InlineData(20, -1)]
    [InlineData(-1, 0)]
    public void Of_WhenCountsImpossible_Throws(int tested, int failed)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PassRate.Of(tested, failed));
    }
}
