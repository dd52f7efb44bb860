namespace Zhixin.Inspection.Statistics;

/// <summary>
/// The two rates a spot-check table shows for one group: by batch (batches failed ÷ batches tested) and by
/// enterprise (enterprises with a non-conforming batch ÷ enterprises sampled). The two are not checked against
/// each other: an enterprise sampled but not yet tested counts in one and not in the other.
/// </summary>
internal sealed record SpotCheckRates(PassRate Batches, PassRate Enterprises)
{
    public static SpotCheckRates Of(int batchesTested, int batchesFailed, int enterprisesSampled, int enterprisesFailed, RateOptions? options = null) =>
        new(PassRate.Of(batchesTested, batchesFailed, options), PassRate.Of(enterprisesSampled, enterprisesFailed, options));
}
