using Zhixin.Inspection.Statistics;

namespace Zhixin.Tests.Inspection.Statistics;

public sealed class ProportionIntervalTests
{
    // The 95 % examples of the research notes (inspection.md §4), in per cent to two decimals.
    [Theory]
    [InlineData(3476, 28265, nameof(IntervalMethod.Wilson), 11.92, 12.69)]
    [InlineData(3476, 28265, nameof(IntervalMethod.ClopperPearson), 11.92, 12.69)]
    [InlineData(3601, 25250, nameof(IntervalMethod.Wilson), 13.84, 14.70)]
    [InlineData(3601, 25250, nameof(IntervalMethod.ClopperPearson), 13.83, 14.70)]
    [InlineData(3, 20, nameof(IntervalMethod.Wilson), 5.24, 36.04)]
    [InlineData(3, 20, nameof(IntervalMethod.ClopperPearson), 3.21, 37.89)]
    [InlineData(0, 20, nameof(IntervalMethod.Wilson), 0, 16.11)]
    [InlineData(0, 20, nameof(IntervalMethod.ClopperPearson), 0, 16.84)]
    public void For_WhenPublishedExample_MatchesReferenceValues(int successes, int trials, string method, double lowerPercent, double upperPercent)
    {
        var interval = ProportionInterval.For(successes, trials, Enum.Parse<IntervalMethod>(method))!;

        Assert.Equal(lowerPercent, Math.Round(interval.Lower * 100, 2));
        Assert.Equal(upperPercent, Math.Round(interval.Upper * 100, 2));
    }

    // Clopper–Pearson limits recomputed independently: the binomial tail summed term by term in 30-digit
    // arithmetic and solved by bisection, no beta function involved.
    [Theory]
    [InlineData(3476, 28265, 0.119171514886, 0.126864065034)]
    [InlineData(3, 20, 0.0320709371855, 0.378926826545)]
    [InlineData(2, 500, 0.00048478617629, 0.0143740785622)]
    [InlineData(17, 20, 0.621073173455, 0.967929062815)]
    public void For_WhenClopperPearson_MatchesBinomialTailInversion(int successes, int trials, double lower, double upper)
    {
        var interval = ProportionInterval.For(successes, trials, IntervalMethod.ClopperPearson)!;

        Assert.Equal(lower, interval.Lower, 1e-9);
        Assert.Equal(upper, interval.Upper, 1e-9);
    }

    // With no success the upper limit solves (1 − p)ⁿ = α/2 exactly: p = 1 − 0.025^(1/n).
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(300)]
    [InlineData(10000)]
    public void For_WhenClopperPearsonAndNoSuccess_UpperIsClosedForm(int trials)
    {
        var interval = ProportionInterval.For(0, trials, IntervalMethod.ClopperPearson)!;

        Assert.Equal(0, interval.Lower);
        Assert.Equal(1 - Math.Pow(0.025, 1.0 / trials), interval.Upper, 1e-10);
    }

    [Theory]
    [InlineData(nameof(IntervalMethod.Wilson))]
    [InlineData(nameof(IntervalMethod.ClopperPearson))]
    public void For_WhenAllSucceed_UpperIsExactlyOne(string method)
    {
        var allPassed = ProportionInterval.For(20, 20, Enum.Parse<IntervalMethod>(method))!;
        var nonePassed = ProportionInterval.For(0, 20, Enum.Parse<IntervalMethod>(method))!;

        Assert.Equal(1, allPassed.Upper);
        Assert.Equal(1 - nonePassed.Upper, allPassed.Lower, 1e-10);
    }

    [Fact]
    public void For_WhenNothingTested_ReturnsNoInterval()
    {
        Assert.Null(ProportionInterval.For(0, 0));
        Assert.Null(ProportionInterval.For(0, 0, IntervalMethod.ClopperPearson));
    }

    [Theory]
    [InlineData(21, 20)]
    [InlineData(-1, 20)]
    [InlineData(0, -1)]
    public void For_WhenCountsImpossible_Throws(int successes, int trials)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.For(successes, trials));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-0.95)]
    [InlineData(95)]
    [InlineData(double.NaN)]
    public void For_WhenLevelOutsideZeroToOne_Throws(double level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.For(3, 20, IntervalMethod.Wilson, level));
    }

    [Fact]
    public void For_WhenLevelHigher_IsWider()
    {
        var ninety = ProportionInterval.For(3, 20, IntervalMethod.Wilson, 0.90)!;
        var ninetyNine = ProportionInterval.For(3, 20, IntervalMethod.Wilson, 0.99)!;

        Assert.True(ninetyNine.Lower < ninety.Lower && ninetyNine.Upper > ninety.Upper);
    }

    [Fact]
    public void Complement_WhenPassRateInterval_GivesNonConformityInterval()
    {
        var passed = ProportionInterval.For(17, 20)!;
        var failed = ProportionInterval.For(3, 20)!;

        Assert.Equal(failed.Lower, passed.Complement().Lower, 1e-12);
        Assert.Equal(failed.Upper, passed.Complement().Upper, 1e-12);
    }

    [Fact]
    public void Overlaps_WhenIntervalsOnlyTouch_IsTrue()
    {
        var lower = new ProportionInterval(0.1, 0.2, 0.95);

        Assert.True(lower.Overlaps(new ProportionInterval(0.2, 0.3, 0.95)));
        Assert.False(lower.Overlaps(new ProportionInterval(0.2001, 0.3, 0.95)));
    }
}
