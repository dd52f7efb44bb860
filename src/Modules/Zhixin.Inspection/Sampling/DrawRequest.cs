namespace Zhixin.Inspection.Sampling;

/// <summary>What a draw is asked for: how many firms, from which firms, with which inspectors, leaving out which firms.</summary>
internal sealed record DrawRequest(
    int FirmCount,
    IReadOnlyList<DrawFirm> Firms,
    IReadOnlyList<DrawInspector> Inspectors,
    IReadOnlyList<HigherLevelCheck> CheckedByHigherLevel,
    DrawOptions Options);
