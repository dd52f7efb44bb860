namespace Zhixin.Inspection.Statistics;

/// <summary>
/// When a cell is too small to be read on its own (小样本). A cell is small when fewer than
/// <see cref="MinTested"/> batches were tested, or when fewer than <see cref="MinEachOutcome"/> of them failed
/// or fewer than that many passed.
/// </summary>
/// <remarks>
/// The count rule is the usual np ≥ 5 and n(1 − p) ≥ 5 condition with p estimated by the cell itself, so the
/// "expected" counts are the observed ones. It is the condition under which the normal approximation behind the
/// year-on-year z-test and the stratified normal interval is trusted. It also matches what the headline figure
/// needs: SAMR publishes the non-conformity rate, whose relative precision depends on the number of failures,
/// not of batches — 2 failures in 500 batches give 0.4 % with a 95 % interval of about 0.1–1.4 %. The floor of
/// 30 batches keeps cells of a county and one product (about 20 batches, a Wilson interval some 30 points
/// wide) flagged even when their counts look balanced. Both thresholds are settings, not law.
/// </remarks>
internal sealed record SmallCellRule(int MinTested = 30, int MinEachOutcome = 5)
{
    public static SmallCellRule Default { get; } = new();

    public bool IsSmall(int tested, int failed) =>
        tested < MinTested || failed < MinEachOutcome || tested - failed < MinEachOutcome;
}
