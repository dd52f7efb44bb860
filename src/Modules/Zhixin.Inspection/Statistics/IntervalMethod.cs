namespace Zhixin.Inspection.Statistics;

/// <summary>How a confidence interval for one proportion k/n is computed.</summary>
internal enum IntervalMethod
{
    /// <summary>
    /// Wilson score: close to the nominal coverage on average and never outside [0, 1]. The default, because
    /// its intervals are narrower than Clopper–Pearson's while still fit for counts of about twenty.
    /// </summary>
    Wilson,

    /// <summary>
    /// Clopper–Pearson (exact): inverts the binomial test through beta quantiles, so the coverage is at least
    /// the nominal level for every true proportion. Conservative, hence wider; for those who must guarantee it.
    /// </summary>
    ClopperPearson,
}
