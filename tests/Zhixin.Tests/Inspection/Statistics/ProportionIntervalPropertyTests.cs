using CsCheck;
using Zhixin.Inspection.Statistics;

namespace Zhixin.Tests.Inspection.Statistics;

public sealed class ProportionIntervalPropertyTests
{
    private static readonly Gen<(int Successes, int Trials, IntervalMethod Method)> Counts =
        from trials in Gen.OneOf(Gen.Int[1, 60], Gen.Int[1, 100_000])
        from successes in Gen.Int[0, trials]
        from method in Gen.Enum<IntervalMethod>()
        select (successes, trials, method);

    [Fact]
    public void For_WhenAnyCounts_StaysWithinZeroAndOneInOrder()
    {
        Counts.Sample(sample =>
        {
            var interval = ProportionInterval.For(sample.Successes, sample.Trials, sample.Method)!;
            return interval.Lower >= 0 && interval.Lower <= interval.Upper && interval.Upper <= 1;
        });
    }

    [Fact]
    public void For_WhenAnyCounts_ContainsTheObservedProportion()
    {
        Counts.Sample(sample =>
            ProportionInterval.For(sample.Successes, sample.Trials, sample.Method)!.Contains((double)sample.Successes / sample.Trials));
    }

    // Counting failures instead of passes mirrors the interval: [L, U] for k/n is [1 − U, 1 − L] for (n − k)/n.
    [Fact]
    public void For_WhenSuccessesAndFailuresSwapped_IsMirrored()
    {
        Counts.Sample(sample =>
        {
            var interval = ProportionInterval.For(sample.Successes, sample.Trials, sample.Method)!;
            var mirrored = ProportionInterval.For(sample.Trials - sample.Successes, sample.Trials, sample.Method)!;
            return Math.Abs(interval.Lower - (1 - mirrored.Upper)) < 1e-9 && Math.Abs(interval.Upper - (1 - mirrored.Lower)) < 1e-9;
        });
    }
}
