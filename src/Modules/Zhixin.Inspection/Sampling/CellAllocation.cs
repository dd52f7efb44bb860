namespace Zhixin.Inspection.Sampling;

/// <summary>
/// The proposal for one cell: its batches, its score and the score's share of all scores, and a one-line
/// explanation an official can read next to the number.
/// </summary>
/// <param name="Capped">The cell got as many batches as it has producers (a batch is one firm's sample).</param>
/// <param name="MinimumApplied">The cell's first batch came from the one-per-cell minimum.</param>
internal sealed record CellAllocation(
    AllocationCell Cell,
    decimal Score,
    decimal Share,
    int Batches,
    bool Capped,
    bool MinimumApplied,
    SamplingText Explanation);
