namespace Zhixin.Inspection.Sampling;

/// <summary>
/// An adjusted allocation checked against the budget and the producers: every cell with its change, the new
/// total, what is left of the budget (<see cref="Remaining"/>, negative when over) and the change against the
/// proposal's total. <see cref="Problems"/> is empty when the adjustment may be saved.
/// </summary>
internal sealed record AdjustmentReport(
    IReadOnlyList<AdjustedCell> Cells,
    int Budget,
    int ProposedTotal,
    int Total,
    IReadOnlyList<SamplingProblem> Problems)
{
    public int Remaining => Budget - Total;

    public int Difference => Total - ProposedTotal;

    public bool IsValid => Problems.Count == 0;
}
