namespace Zhixin.Inspection.Sampling;

/// <summary>
/// The outcome of a draw, with what is needed to check it: the algorithm, the seed and the pool hash that
/// were published, the firms drawn in order with their inspectors, and the firms left out with the reasons.
/// </summary>
internal sealed record DrawResult(
    string Algorithm,
    string Seed,
    string PoolHash,
    int FirmCount,
    int EligibleFirms,
    IReadOnlyList<DrawnFirm> Selected,
    IReadOnlyList<ExcludedFirm> Excluded);
