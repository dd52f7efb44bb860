namespace Zhixin.Platform.Indicators;

/// <summary>
/// An indicator the platform computes itself from its own records, e.g. <c>inspection.pass-rate</c> (产品质量监督抽查合格率)
/// from the spot-check results. A module that computes one registers an implementation; the plans module fills the
/// actual value of every plan target bound to it. Kept in the kernel so no module depends on another for it.
/// </summary>
public interface IIndicatorSource
{
    /// <summary>The indicator's id, e.g. "inspection.pass-rate".</summary>
    string IndicatorId { get; }

    /// <summary>The value for a jurisdiction ("000000" national) and year, or null when there is no data for it yet.</summary>
    Task<IndicatorValue?> ValueAsync(string regionCode, int year, CancellationToken cancellationToken);
}

/// <summary>A computed value and where it came from, in words a reader of the plan page understands.</summary>
public sealed record IndicatorValue(decimal Value, string Source);
