namespace Zhixin.Inspection.Statistics;

/// <summary>
/// The change of a proportion between two periods (同比): <see cref="Difference"/> = later − earlier, the pooled
/// two-proportion z-test of "no change" with its two-sided p-value, and Newcombe's hybrid score interval for the
/// difference (his method 10, built from the two Wilson intervals).
/// </summary>
/// <remarks>
/// The test and the interval answer slightly different questions (the test's standard error assumes no change,
/// the interval's does not), so near the threshold one may call a change significant while the other's interval
/// just touches 0. <see cref="Significant"/> follows the test, the convention of the published comparisons.
/// </remarks>
internal sealed record ProportionChange(
    double Earlier,
    double Later,
    double Difference,
    double Z,
    double PValue,
    double Alpha,
    DifferenceInterval Interval)
{
    public bool Significant => PValue < Alpha;

    /// <summary>
    /// Compares <paramref name="laterSuccesses"/>/<paramref name="laterTrials"/> with the earlier proportion. Null
    /// when either period tested nothing: a period without a rate has no change to report.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Invalid counts, level or significance.</exception>
    public static ProportionChange? Between(
        int earlierSuccesses,
        int earlierTrials,
        int laterSuccesses,
        int laterTrials,
        double confidenceLevel = Confidence.DefaultLevel,
        double alpha = Confidence.DefaultSignificance)
    {
        Confidence.RequireCounts(earlierSuccesses, earlierTrials, nameof(earlierSuccesses), nameof(earlierTrials));
        Confidence.RequireCounts(laterSuccesses, laterTrials, nameof(laterSuccesses), nameof(laterTrials));
        Confidence.RequireLevel(confidenceLevel);
        Confidence.RequireSignificance(alpha);
        if (earlierTrials == 0 || laterTrials == 0)
        {
            return null;
        }

        var earlier = (double)earlierSuccesses / earlierTrials;
        var later = (double)laterSuccesses / laterTrials;
        var difference = later - earlier;
        var (z, pValue) = PooledZTest(earlierSuccesses, earlierTrials, laterSuccesses, laterTrials, difference);
        var interval = Newcombe(earlier, earlierTrials, later, laterTrials, confidenceLevel);
        return new ProportionChange(earlier, later, difference, z, pValue, alpha, interval);
    }

    /// <summary>The change in pass rate (合格率); the interval is at the later cell's confidence level.</summary>
    public static ProportionChange? InPassRate(PassRate earlier, PassRate later, double alpha = Confidence.DefaultSignificance)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        return Between(earlier.Passed, earlier.Tested, later.Passed, later.Tested, later.Options.ConfidenceLevel, alpha);
    }

    /// <summary>The change in non-conformity rate (不合格率); the interval is at the later cell's confidence level.</summary>
    public static ProportionChange? InNonConformityRate(PassRate earlier, PassRate later, double alpha = Confidence.DefaultSignificance) =>
        InPassRate(earlier, later, alpha)?.Complement();

    /// <summary>The same change seen through the complementary proportion (pass rate ↔ non-conformity rate).</summary>
    public ProportionChange Complement() => new(1 - Earlier, 1 - Later, -Difference, -Z, PValue, Alpha, Interval.Negate());

    // When both periods passed (or failed) entirely the pooled variance is 0 and there is no evidence of change:
    // z = 0 and p = 1 rather than 0/0.
    private static (double Z, double PValue) PooledZTest(int earlierSuccesses, int earlierTrials, int laterSuccesses, int laterTrials, double difference)
    {
        var pooled = (double)(earlierSuccesses + laterSuccesses) / ((double)earlierTrials + laterTrials);
        var standardError = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / earlierTrials) + (1.0 / laterTrials)));
        if (standardError == 0)
        {
            return (0, 1);
        }

        var z = difference / standardError;
        return (z, Confidence.TwoSidedPValue(z));
    }

    // Newcombe (1998), method 10: the distance from each estimate to its own Wilson limits, combined in quadrature.
    private static DifferenceInterval Newcombe(double earlier, int earlierTrials, double later, int laterTrials, double confidenceLevel)
    {
        var z = Confidence.TwoSidedZ(confidenceLevel);
        var (earlierLower, earlierUpper) = WilsonScore.Bounds(earlier, earlierTrials, z);
        var (laterLower, laterUpper) = WilsonScore.Bounds(later, laterTrials, z);
        var difference = later - earlier;
        var lower = difference - Math.Sqrt(Square(later - laterLower) + Square(earlierUpper - earlier));
        var upper = difference + Math.Sqrt(Square(laterUpper - later) + Square(earlier - earlierLower));
        return new DifferenceInterval(lower, upper, confidenceLevel);
    }

    private static double Square(double value) => value * value;
}
