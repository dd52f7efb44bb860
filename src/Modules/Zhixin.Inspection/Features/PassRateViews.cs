using Zhixin.Inspection.Statistics;

namespace Zhixin.Inspection.Features;

/// <summary>
/// One rate on the wire: units tested and failed, the pass rate and the non-conformity rate as shares (0–1) with
/// their interval bounds (null when nothing was tested), and the small-cell flag.
/// </summary>
internal sealed record RateView(
    int Tested,
    int Failed,
    double? Rate,
    double? Lower,
    double? Upper,
    double? NonConformityRate,
    double? NonConformityLower,
    double? NonConformityUpper,
    bool SmallCell)
{
    public static RateView Of(PassRate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return new(rate.Tested, rate.Failed, rate.Rate, rate.Interval?.Lower, rate.Interval?.Upper,
            rate.NonConformityRate, rate.NonConformityInterval?.Lower, rate.NonConformityInterval?.Upper, rate.SmallCell);
    }
}

/// <summary>
/// The change in batch pass rate from an earlier period (同比 or the period before): later − earlier, Newcombe's
/// interval for it, and the pooled z-test; <see cref="Significant"/> when p is below 0.05.
/// </summary>
internal sealed record RateChange(
    int EarlierTested,
    int EarlierFailed,
    double EarlierRate,
    double Difference,
    double Lower,
    double Upper,
    double Z,
    double PValue,
    bool Significant)
{
    public static RateChange? Of(PassRate earlier, ProportionChange? change)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return change is null
            ? null
            : new(earlier.Tested, earlier.Failed, change.Earlier, change.Difference, change.Interval.Lower, change.Interval.Upper, change.Z, change.PValue, change.Significant);
    }
}
