namespace Zhixin.Inspection.Statistics;

/// <summary>A series of periods as a trend with bands and significant changes marked.</summary>
internal static class PassRateTrend
{
    /// <summary>
    /// Builds the trend from periods given in time order. Each period is compared with the one just before; an
    /// empty period breaks the chain rather than being skipped over, because a change across the gap would span
    /// two periods and be labelled as one. The flags are per pair at <paramref name="alpha"/>, not adjusted for
    /// the number of periods: with ten periods, one spurious flag at 5 % is to be expected now and then.
    /// </summary>
    public static IReadOnlyList<TrendPoint<T>> Build<T>(IEnumerable<T> periods, Func<T, PassRate> rateOf, double alpha = Confidence.DefaultSignificance)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(rateOf);
        Confidence.RequireSignificance(alpha);
        var points = new List<TrendPoint<T>>();
        PassRate? previous = null;
        foreach (var period in periods)
        {
            var rate = rateOf(period);
            var change = previous is null ? null : ProportionChange.InPassRate(previous, rate, alpha);
            points.Add(new TrendPoint<T>(period, rate, change));
            previous = rate;
        }

        return points;
    }
}
