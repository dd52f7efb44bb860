namespace Zhixin.Inspection.Statistics;

/// <summary>
/// An output-weighted (stratified) pass rate, as the manufacturing product quality pass rate is published:
/// Σ Wₕ pₕ with Wₕ = wₕ ÷ Σ w, and variance Σ Wₕ² pₕ(1 − pₕ) ÷ nₕ (strata sampled independently).
/// <see cref="Pooled"/> is the unweighted rate of the same batches, shown beside it.
/// </summary>
internal sealed record StratifiedRate(
    double Rate,
    double Variance,
    double EffectiveSampleSize,
    ProportionInterval NormalInterval,
    ProportionInterval WilsonInterval,
    PassRate Pooled)
{
    public double NonConformityRate => 1 - Rate;

    public double StandardError => Math.Sqrt(Variance);

    public ProportionInterval NonConformityNormalInterval => NormalInterval.Complement();

    public ProportionInterval NonConformityWilsonInterval => WilsonInterval.Complement();

    /// <summary>
    /// Estimates the weighted rate. The normal interval is rate ± z·SE, clipped to [0, 1]; it collapses to a
    /// point when every stratum passed or failed entirely, so the Wilson interval is the one to show. That one is
    /// Wilson's formula at the weighted rate with Kish's effective sample size 1 ÷ Σ Wₕ²/nₕ: the number of
    /// equally weighted batches whose rate would be as precise if every stratum had the same rate. It equals
    /// Σ nₕ when batches were allocated in proportion to the weights and is smaller otherwise, and unlike
    /// p(1 − p) ÷ variance it does not become infinite when the variance is 0.
    /// </summary>
    /// <remarks>
    /// A stratum with a positive weight and no batch tested is an error that names it, not a stratum left out
    /// with a warning: leaving it out moves its weight onto the others and so changes what the published figure
    /// measures. A caller who accepts that gives the stratum weight 0, and a weight-0 stratum is ignored.
    /// </remarks>
    /// <exception cref="ArgumentException">No stratum, a stratum with weight but no batches, or all weights 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative or non-finite weight, or invalid counts.</exception>
    public static StratifiedRate Estimate(IEnumerable<Stratum> strata, double confidenceLevel = Confidence.DefaultLevel)
    {
        ArgumentNullException.ThrowIfNull(strata);
        Confidence.RequireLevel(confidenceLevel);
        var list = strata.ToList();
        foreach (var stratum in list)
        {
            Validate(stratum, nameof(strata));
        }

        var totalWeight = list.Sum(stratum => stratum.Weight);
        if (totalWeight <= 0)
        {
            throw new ArgumentException("The strata need a positive total weight.", nameof(strata));
        }

        var weighted = list.Where(stratum => stratum.Weight > 0).ToList();
        var rate = 0.0;
        var variance = 0.0;
        var weightInformation = 0.0;
        foreach (var stratum in weighted)
        {
            var share = stratum.Weight / totalWeight;
            var p = (double)(stratum.Tested - stratum.Failed) / stratum.Tested;
            rate += share * p;
            variance += share * share * p * (1 - p) / stratum.Tested;
            weightInformation += share * share / stratum.Tested;
        }

        rate = Math.Clamp(rate, 0, 1);
        var effectiveSampleSize = 1 / weightInformation;
        var z = Confidence.TwoSidedZ(confidenceLevel);
        var halfWidth = z * Math.Sqrt(variance);
        var normal = new ProportionInterval(Math.Max(0, rate - halfWidth), Math.Min(1, rate + halfWidth), confidenceLevel);
        var (lower, upper) = WilsonScore.Bounds(rate, effectiveSampleSize, z);
        var pooled = PassRate.Of(
            checked(list.Sum(stratum => stratum.Tested)),
            checked(list.Sum(stratum => stratum.Failed)),
            RateOptions.Default with { ConfidenceLevel = confidenceLevel });
        return new StratifiedRate(rate, variance, effectiveSampleSize, normal, new ProportionInterval(lower, upper, confidenceLevel), pooled);
    }

    private static void Validate(Stratum stratum, string paramName)
    {
        ArgumentNullException.ThrowIfNull(stratum, paramName);
        if (stratum.Tested < 0 || stratum.Failed < 0 || stratum.Failed > stratum.Tested)
        {
            throw new ArgumentOutOfRangeException(paramName, $"Stratum {stratum.Name} has {stratum.Failed} failed of {stratum.Tested} tested.");
        }

        if (!double.IsFinite(stratum.Weight) || stratum.Weight < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, stratum.Weight, $"Stratum {stratum.Name} has weight {stratum.Weight}; weights are finite and not negative.");
        }

        if (stratum.Weight > 0 && stratum.Tested == 0)
        {
            throw new ArgumentException(
                $"Stratum {stratum.Name} has weight {stratum.Weight} but no batch tested; give it weight 0 to leave it out knowingly.",
                paramName);
        }
    }
}
