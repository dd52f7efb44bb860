namespace Zhixin.Inspection.Sampling;

/// <summary>Why a firm of the pool could not be drawn.</summary>
internal enum ExclusionReason
{
    /// <summary>Deregistered, revoked or not operating. Written "inactive" in the listing.</summary>
    Inactive,

    /// <summary>A higher level checks it for the same product in the same period. Written "higher-level" in the listing.</summary>
    CheckedByHigherLevel,
}

/// <summary>
/// A firm left out of the draw, with the reason. A firm both inactive and checked above is reported as
/// inactive: that alone rules it out.
/// </summary>
internal sealed record ExcludedFirm(string CreditCode, string Name, ExclusionReason Reason, string? CheckedBy)
{
    public SamplingText Explanation => Reason == ExclusionReason.Inactive
        ? new SamplingText("Sampling.Excluded.Inactive", CreditCode, Name)
        : new SamplingText("Sampling.Excluded.CheckedByHigherLevel", CreditCode, Name, CheckedBy ?? string.Empty);
}
