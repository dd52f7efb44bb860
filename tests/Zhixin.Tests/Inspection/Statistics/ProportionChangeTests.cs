using Zhixin.Inspection.Statistics;

namespace Zhixin.Tests.Inspection.Statistics;

public sealed class ProportionChangeTests
{
    // National non-conformity rates 2022 → 2023: 1 827/19 440 = 9.40 % and 3 476/28 265 = 12.30 %. Pooled
    // p = 5 303/47 705 = 0.111162; SE = √(p(1 − p)(1/19 440 + 1/28 265)) = 0.0029289; z = 0.028997/0.0029289 = 9.90.
    [Fact]
    public void Between_When2022And2023National_IsSignificantRise()
    {
        var change = ProportionChange.Between(1827, 19440, 3476, 28265)!;

        Assert.Equal(2.90, Math.Round(change.Difference * 100, 2));
        Assert.Equal(9.9006, change.Z, 1e-4);
        Assert.True(change.PValue < 1e-20);
        Assert.True(change.Significant);
        Assert.True(change.Interval.ExcludesZero);
    }

    [Fact]
    public void InNonConformityRate_When2023And2024Cells_IsTheComplementOfThePassRateChange()
    {
        var earlier = PassRate.Of(28265, 3476);
        var later = PassRate.Of(25250, 3601);

        var failing = ProportionChange.InNonConformityRate(earlier, later)!;
        var passing = ProportionChange.InPassRate(earlier, later)!;

        Assert.Equal(6.6936, failing.Z, 1e-4);
        Assert.Equal(-failing.Difference, passing.Difference, 1e-15);
        Assert.Equal(-failing.Interval.Upper, passing.Interval.Lower, 1e-15);
        Assert.Equal(failing.PValue, passing.PValue);
        Assert.True(failing.Significant);
    }

    // Newcombe (1998), Statistics in Medicine 17:873–890, method 10 (hybrid score, no continuity correction),
    // for p₁ − p₂; the limits were also recomputed here from the two Wilson intervals in 30-digit arithmetic.
    [Theory]
    [InlineData(56, 70, 48, 80, 0.0524, 0.3339)]
    [InlineData(9, 10, 3, 10, 0.1705, 0.8090)]
    [InlineData(6, 7, 2, 7, 0.0582, 0.8062)]
    [InlineData(5, 56, 0, 29, -0.0381, 0.1926)]
    public void Between_WhenNewcombeExamples_MatchesPublishedInterval(int k1, int n1, int k2, int n2, double lower, double upper)
    {
        // The library reports later − earlier, so the first sample of the paper is passed as the later one.
        var change = ProportionChange.Between(k2, n2, k1, n1)!;

        Assert.Equal((double)k1 / n1 - ((double)k2 / n2), change.Difference, 1e-12);
        Assert.Equal(lower, Math.Round(change.Interval.Lower, 4));
        Assert.Equal(upper, Math.Round(change.Interval.Upper, 4));
    }

    // 3/20 → 0/20 failed: pooled p = 3/40, SE = √(0.075·0.925·0.1) = 0.083292, z = −0.15/0.083292 = −1.8009,
    // p = 0.0717: a drop from 15 % to 0 on twenty batches is not evidence of a change.
    [Fact]
    public void Between_WhenCountyCellsDropToZero_IsNotSignificant()
    {
        var change = ProportionChange.Between(3, 20, 0, 20)!;

        Assert.Equal(-1.8009, change.Z, 1e-4);
        Assert.Equal(0.0717, change.PValue, 1e-4);
        Assert.False(change.Significant);
        Assert.True(change.Interval.Contains(0));
    }

    [Fact]
    public void Between_WhenBothPeriodsPassedEntirely_HasNoEvidenceOfChange()
    {
        var change = ProportionChange.Between(20, 20, 30, 30)!;

        Assert.Equal(0, change.Difference);
        Assert.Equal(0, change.Z);
        Assert.Equal(1, change.PValue);
        Assert.False(change.Significant);
    }

    [Theory]
    [InlineData(0, 0, 3, 20)]
    [InlineData(3, 20, 0, 0)]
    public void Between_WhenEitherPeriodEmpty_ReturnsNoChange(int k1, int n1, int k2, int n2)
    {
        Assert.Null(ProportionChange.Between(k1, n1, k2, n2));
    }

    [Theory]
    [InlineData(21, 20, 3, 20)]
    [InlineData(3, 20, -1, 20)]
    public void Between_WhenCountsImpossible_Throws(int k1, int n1, int k2, int n2)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionChange.Between(k1, n1, k2, n2));
    }

    [Fact]
    public void Between_WhenAlphaOutsideZeroToOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionChange.Between(3, 20, 5, 20, alpha: 5));
    }
}
