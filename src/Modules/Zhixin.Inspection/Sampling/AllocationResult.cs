namespace Zhixin.Inspection.Sampling;

/// <summary>
/// A proposed allocation, cells in the order given. <see cref="Allocated"/> equals the budget unless the
/// cells have fewer producers (with a score) than the budget has batches; the rest is <see cref="Unused"/>.
/// </summary>
internal sealed record AllocationResult(
    int Budget,
    IReadOnlyList<CellAllocation> Cells,
    int Allocated,
    int Unused,
    IReadOnlyList<SamplingText> Warnings,
    AllocationOptions Options);
