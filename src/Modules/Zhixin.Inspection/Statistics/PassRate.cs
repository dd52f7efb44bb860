namespace Zhixin.Inspection.Statistics;

/// <summary>
/// One cell of a pass-rate table (a product, a region, a year): units tested and failed, with both the pass rate
/// (合格率, used by older AQSIQ reports and by plan targets) and the non-conformity rate (不合格率, SAMR's headline
/// since 2022), each with its interval. The units are batches for the batch rate and enterprises for the
/// enterprise rate (failed = enterprises with at least one non-conforming batch).
/// </summary>
internal sealed record PassRate
{
    private PassRate(int tested, int failed, RateOptions options)
    {
        Tested = tested;
        Failed = failed;
        Options = options;
        if (tested > 0)
        {
            Rate = (double)(tested - failed) / tested;
            NonConformityRate = (double)failed / tested;
            Interval = ProportionInterval.For(tested - failed, tested, options.Method, options.ConfidenceLevel);
            NonConformityInterval = ProportionInterval.For(failed, tested, options.Method, options.ConfidenceLevel);
        }

        SmallCell = options.SmallCell.IsSmall(tested, failed);
    }

    /// <exception cref="ArgumentOutOfRangeException">Negative counts, more failed than tested, or an invalid confidence level.</exception>
    public static PassRate Of(int tested, int failed, RateOptions? options = null)
    {
        options ??= RateOptions.Default;
        Confidence.RequireCounts(failed, tested, nameof(failed), nameof(tested));
        Confidence.RequireLevel(options.ConfidenceLevel, nameof(options));
        return new PassRate(tested, failed, options);
    }

    public int Tested { get; }

    public int Failed { get; }

    public int Passed => Tested - Failed;

    public RateOptions Options { get; }

    /// <summary>False when nothing was tested; the rates and intervals are then null.</summary>
    public bool HasData => Tested > 0;

    /// <summary>Passed ÷ tested, a share between 0 and 1.</summary>
    public double? Rate { get; }

    /// <summary>Failed ÷ tested, a share between 0 and 1.</summary>
    public double? NonConformityRate { get; }

    public ProportionInterval? Interval { get; }

    public ProportionInterval? NonConformityInterval { get; }

    /// <summary>Too few units, failures or passes to read alone (see <see cref="SmallCellRule"/>); an empty cell is small.</summary>
    public bool SmallCell { get; }
}
