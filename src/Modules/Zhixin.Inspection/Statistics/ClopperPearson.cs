using MathNet.Numerics.Distributions;

namespace Zhixin.Inspection.Statistics;

/// <summary>
/// The Clopper–Pearson interval: the lower bound is the α/2 quantile of Beta(k, n − k + 1) and the upper the
/// 1 − α/2 quantile of Beta(k + 1, n − k). With k = 0 no proportion is too low, so the lower bound is exactly 0
/// (and the upper 1 when k = n); the other end then has only α/2 in its tail, as the two-sided convention has it.
/// </summary>
internal static class ClopperPearson
{
    public static (double Lower, double Upper) Bounds(int successes, int trials, double level)
    {
        var tail = (1 - level) / 2;
        var lower = successes == 0 ? 0 : Beta.InvCDF(successes, trials - successes + 1, tail);
        var upper = successes == trials ? 1 : Beta.InvCDF(successes + 1, trials - successes, 1 - tail);
        return (lower, upper);
    }
}
