namespace Zhixin.Inspection.NetContent;

/// <summary>
/// q̄ ≥ Qn − λ·s. The mean is exact (decimal); s uses the n − 1 denominator and a square root, so it is a
/// double, and λ·s is brought back to decimal only for the comparison.
/// </summary>
internal static class MeanCriterion
{
    public static MeanStep Apply(IReadOnlyList<decimal> measurements, decimal nominal, decimal? lambda)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        var mean = measurements.Sum() / measurements.Count;
        double? s = measurements.Count < 2
            ? null
            : Math.Sqrt((double)measurements.Sum(q => (q - mean) * (q - mean)) / (measurements.Count - 1));
        if (lambda is not { } factor)
        {
            return new MeanStep(false, mean, s, null, null, null, null);
        }

        var correction = factor * (decimal)s!.Value;
        var limit = nominal - correction;
        return new MeanStep(true, mean, s, factor, correction, limit, mean >= limit);
    }
}
