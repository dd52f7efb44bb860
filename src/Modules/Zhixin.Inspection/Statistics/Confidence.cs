using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Zhixin.Inspection.Statistics;

/// <summary>Standard-normal quantiles and tail areas for two-sided intervals and tests.</summary>
internal static class Confidence
{
    public const double DefaultLevel = 0.95;

    public const double DefaultSignificance = 0.05;

    /// <summary>z with P(|Z| ≤ z) = level: 1.959964 for 95 %.</summary>
    public static double TwoSidedZ(double level)
    {
        RequireLevel(level);
        return Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
    }

    /// <summary>P(|Z| ≥ |z|), written with erfc so that a large |z| keeps its tiny p-value instead of rounding to 0 early.</summary>
    public static double TwoSidedPValue(double z) => SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));

    public static void RequireLevel(double level, string name = "confidenceLevel")
    {
        if (!(level is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(name, level, "A confidence level lies strictly between 0 and 1, e.g. 0.95.");
        }
    }

    public static void RequireSignificance(double alpha, string name = "alpha")
    {
        if (!(alpha is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(name, alpha, "A significance level lies strictly between 0 and 1, e.g. 0.05.");
        }
    }

    public static void RequireCounts(int successes, int trials, string successesName = "successes", string trialsName = "trials")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials, trialsName);
        ArgumentOutOfRangeException.ThrowIfNegative(successes, successesName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials, successesName);
    }
}
