namespace Zhixin.Inspection.Sampling;

/// <summary>
/// Checks an official's changes to a proposed allocation. Cells the changes do not name keep their proposed
/// number, so a page may send only the cells that were edited. The rules are those of the proposal itself: no
/// negative numbers, no more batches than producers in a cell, no more than the budget in all.
/// </summary>
internal static class AllocationAdjustment
{
    public static AdjustmentReport Validate(AllocationResult proposal, IReadOnlyList<CellAdjustment> changes)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(changes);
        var problems = new List<SamplingProblem>();
        var proposed = proposal.Cells.ToDictionary(cell => (cell.Cell.Product, cell.Cell.Region));
        var adjusted = new Dictionary<(string, string), int>();
        foreach (var change in changes)
        {
            var key = (change.Product, change.Region);
            if (!proposed.ContainsKey(key))
            {
                problems.Add(new SamplingProblem(SamplingSubject.Adjustment, "Sampling.Adjustment.UnknownCell", change.Product, change.Region));
            }
            else if (!adjusted.TryAdd(key, change.Batches))
            {
                problems.Add(new SamplingProblem(SamplingSubject.Adjustment, "Sampling.Adjustment.DuplicateCell", change.Product, change.Region));
            }
        }

        var cells = proposal.Cells
            .Select(cell => new AdjustedCell(
                cell.Cell.Product,
                cell.Cell.Region,
                cell.Cell.Producers.Total,
                cell.Batches,
                adjusted.GetValueOrDefault((cell.Cell.Product, cell.Cell.Region), cell.Batches)))
            .ToList();
        foreach (var cell in cells)
        {
            if (cell.Adjusted < 0)
            {
                problems.Add(new SamplingProblem(SamplingSubject.Adjustment, "Sampling.Adjustment.Negative", cell.Product, cell.Region, cell.Adjusted));
            }
            else if (cell.Adjusted > cell.Producers)
            {
                problems.Add(new SamplingProblem(SamplingSubject.Adjustment, "Sampling.Adjustment.AboveProducers", cell.Product, cell.Region, cell.Adjusted, cell.Producers));
            }
        }

        var total = cells.Sum(cell => cell.Adjusted);
        if (total > proposal.Budget)
        {
            problems.Add(new SamplingProblem(SamplingSubject.Adjustment, "Sampling.Adjustment.AboveBudget", total, proposal.Budget, total - proposal.Budget));
        }

        return new AdjustmentReport(cells, proposal.Budget, proposal.Allocated, total, problems);
    }
}
