namespace Zhixin.Inspection.Statistics;

/// <summary>A confidence interval for a proportion, as shares between 0 and 1.</summary>
internal sealed record ProportionInterval(double Lower, double Upper, double ConfidenceLevel)
{
    /// <summary>
    /// The interval for <paramref name="successes"/> of <paramref name="trials"/>, or null when there are no
    /// trials: nothing was tested, so every proportion is as plausible as any other and a page says "no data"
    /// rather than showing 0–100 %.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative counts, successes above trials, or a level outside (0, 1).</exception>
    public static ProportionInterval? For(
        int successes,
        int trials,
        IntervalMethod method = IntervalMethod.Wilson,
        double confidenceLevel = Confidence.DefaultLevel)
    {
        Confidence.RequireCounts(successes, trials);
        Confidence.RequireLevel(confidenceLevel);
        if (trials == 0)
        {
            return null;
        }

        var (lower, upper) = method switch
        {
            IntervalMethod.Wilson => WilsonScore.Bounds((double)successes / trials, trials, Confidence.TwoSidedZ(confidenceLevel)),
            IntervalMethod.ClopperPearson => ClopperPearson.Bounds(successes, trials, confidenceLevel),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown interval method."),
        };
        return new ProportionInterval(lower, upper, confidenceLevel);
    }

    public double Width => Upper - Lower;

    public bool Contains(double proportion) => proportion >= Lower && proportion <= Upper;

    /// <summary>Whether the two intervals share a point; touching ends count as overlapping.</summary>
    public bool Overlaps(ProportionInterval other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Lower <= other.Upper && other.Lower <= Upper;
    }

    /// <summary>The interval for the complementary proportion 1 − p (pass rate ↔ non-conformity rate).</summary>
    public ProportionInterval Complement() => new(1 - Upper, 1 - Lower, ConfidenceLevel);
}
