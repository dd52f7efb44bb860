using Zhixin.Inspection.Statistics;

namespace Zhixin.Tests.Inspection.Statistics;

public sealed class PassRateTrendTests
{
    private sealed record Year(int Period, int Tested, int Failed);

    private static IReadOnlyList<TrendPoint<Year>> Build(params Year[] years) =>
        PassRateTrend.Build(years, year => PassRate.Of(year.Tested, year.Failed));

    [Fact]
    public void Build_WhenNationalSeries_FlagsBothRises()
    {
        var trend = Build(new(2022, 19440, 1827), new(2023, 28265, 3476), new(2024, 25250, 3601));

        Assert.Null(trend[0].FromPrevious);
        Assert.Equal([false, true, true], trend.Select(point => point.ChangedSignificantly));
        Assert.All(trend, point => Assert.True(point.Rate.Interval!.Contains(point.Rate.Rate!.Value)));
        Assert.Equal(2.90, Math.Round(trend[1].FromPrevious!.Complement().Difference * 100, 2));
    }

    [Fact]
    public void Build_WhenSmallCounts_ShowsBandsButFlagsNothing()
    {
        var trend = Build(new(2022, 20, 3), new(2023, 20, 0), new(2024, 20, 2));

        Assert.All(trend, point => Assert.False(point.ChangedSignificantly));
        Assert.All(trend, point => Assert.True(point.Rate.SmallCell));
        Assert.Equal(0.161, Math.Round(1 - trend[1].Rate.Interval!.Lower, 3));
    }

    // An empty year breaks the chain: neither it nor the year after it gets a change.
    [Fact]
    public void Build_WhenPeriodEmpty_ComparesNeitherAcrossNorIntoIt()
    {
        var trend = Build(new(2021, 500, 20), new(2022, 0, 0), new(2023, 500, 120));

        Assert.Equal([false, false, false], trend.Select(point => point.FromPrevious is not null));
        Assert.Null(trend[1].Rate.Interval);
    }

    [Fact]
    public void Build_WhenNoPeriods_ReturnsEmpty()
    {
        Assert.Empty(Build());
    }
}
