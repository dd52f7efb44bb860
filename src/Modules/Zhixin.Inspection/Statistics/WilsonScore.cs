namespace Zhixin.Inspection.Statistics;

/// <summary>
/// The Wilson score interval: the proportions p for which |p̂ − p| ≤ z·√(p(1 − p)/n), solved for p. Takes a real
/// p̂ and n so that the stratified rate can use it with an effective sample size.
/// </summary>
internal static class WilsonScore
{
    public static (double Lower, double Upper) Bounds(double proportion, double trials, double z)
    {
        var zz = z * z;
        var denominator = 1 + (zz / trials);
        var centre = (proportion + (zz / (2 * trials))) / denominator;
        var halfWidth = z * Math.Sqrt((proportion * (1 - proportion) / trials) + (zz / (4 * trials * trials))) / denominator;

        // At p̂ = 0 the lower bound is 0 algebraically (and the upper 1 at p̂ = 1); rounding would leave ±1e-17.
        var lower = proportion <= 0 ? 0 : Math.Max(0, centre - halfWidth);
        var upper = proportion >= 1 ? 1 : Math.Min(1, centre + halfWidth);
        return (lower, upper);
    }
}
