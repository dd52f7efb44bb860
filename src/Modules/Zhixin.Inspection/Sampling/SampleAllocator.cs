namespace Zhixin.Inspection.Sampling;

/// <summary>
/// Splits a budget of batches over product × region cells by risk (样本分配).
/// </summary>
/// <remarks>
/// <para>
/// score = riskWeight(level) × Σ over classes of multiplier(class) × producers(class). With the minimum on,
/// every cell with producers and a score above zero first gets one batch (if the budget covers them all). The
/// remaining budget is split in proportion to the scores by <see cref="LargestRemainder"/>, so the total is exact.
/// A batch is one firm's sample, so no cell may get more batches than it has producers: a cell above that is
/// cut to its producers, and the excess is split again, by the same method, over the cells not yet at their
/// cap, until nothing is left over or every cell is at its cap (the rest is then reported as unused).
/// </para>
/// <para>
/// Ties between equal remainders go to the larger score, then by product and region (ordinal), so the
/// proposal does not depend on the order the cells are listed in.
/// </para>
/// </remarks>
internal static class SampleAllocator
{
    public static SamplingOutcome<AllocationResult> Allocate(int budget, IReadOnlyList<AllocationCell> cells, AllocationOptions options)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(options);
        var problems = Validate(budget, cells, options);
        if (problems.Count > 0)
        {
            return SamplingOutcome<AllocationResult>.Invalid(problems);
        }

        var scores = cells.Select(cell => Score(cell, options)).ToList();
        var producers = cells.Select(cell => cell.Producers.Total).ToList();
        var tieOrder = TieOrder(cells);
        var open = Enumerable.Range(0, cells.Count).Where(i => producers[i] > 0 && scores[i] > 0).ToList();
        var warnings = new List<SamplingText>();
        var batches = new int[cells.Count];

        var minimum = options.MinimumOnePerCell && budget >= open.Count;
        if (options.MinimumOnePerCell && !minimum)
        {
            warnings.Add(new SamplingText("Sampling.Allocation.MinimumNotApplied", budget, open.Count));
        }

        if (minimum)
        {
            open.ForEach(i => batches[i] = 1);
        }

        var remaining = budget - batches.Sum();
        open.RemoveAll(i => batches[i] >= producers[i]);
        while (remaining > 0 && open.Count > 0)
        {
            var shares = LargestRemainder.Apportion(remaining, [.. open.Select(i => scores[i])], [.. open.Select(i => tieOrder[i])]);
            remaining = 0;
            for (var k = 0; k < open.Count; k++)
            {
                var i = open[k];
                batches[i] += shares[k];
                remaining += Math.Max(0, batches[i] - producers[i]);
                batches[i] = Math.Min(batches[i], producers[i]);
            }

            open.RemoveAll(i => batches[i] >= producers[i]);
        }

        var scoreTotal = scores.Sum();
        var allocations = new List<CellAllocation>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            var share = scoreTotal == 0 ? 0 : scores[i] / scoreTotal;
            var capped = producers[i] > 0 && batches[i] == producers[i];
            var fromMinimum = minimum && producers[i] > 0 && scores[i] > 0;
            allocations.Add(new CellAllocation(cells[i], scores[i], share, batches[i], capped, fromMinimum, Explain(cells[i], scores[i], share, batches[i], capped, fromMinimum, options)));
            if (producers[i] == 0)
            {
                warnings.Add(new SamplingText("Sampling.Allocation.NoProducers", cells[i].Product, cells[i].Region));
            }
            else if (scores[i] == 0)
            {
                warnings.Add(new SamplingText("Sampling.Allocation.ZeroScore", cells[i].Product, cells[i].Region));
            }
        }

        if (remaining > 0)
        {
            var allocatable = Enumerable.Range(0, cells.Count).Where(i => scores[i] > 0).Sum(i => producers[i]);
            warnings.Add(new SamplingText("Sampling.Allocation.Unused", budget, allocatable, remaining));
        }

        return SamplingOutcome<AllocationResult>.Valid(new AllocationResult(budget, allocations, budget - remaining, remaining, warnings, options));
    }

    public static decimal Score(AllocationCell cell, AllocationOptions options)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(options);
        return options.WeightOf(cell.RiskLevel) * WeightedProducers(cell, options);
    }

    private static decimal WeightedProducers(AllocationCell cell, AllocationOptions options) =>
        options.Multipliers.All().Sum(entry => entry.Value * cell.Producers.Of(entry.Class));

    private static List<SamplingProblem> Validate(int budget, IReadOnlyList<AllocationCell> cells, AllocationOptions options)
    {
        var problems = new List<SamplingProblem>();
        if (budget < 0)
        {
            problems.Add(new SamplingProblem(SamplingSubject.Budget, "Sampling.Allocation.BudgetNegative", budget));
        }

        foreach (var level in Enum.GetValues<ProductRiskLevel>().Where(level => options.WeightOf(level) < 0))
        {
            problems.Add(new SamplingProblem(SamplingSubject.Options, "Sampling.Allocation.NegativeWeight", RiskLevelText(level), options.WeightOf(level)));
        }

        foreach (var (creditClass, multiplier) in options.Multipliers.All().Where(entry => entry.Value < 0))
        {
            problems.Add(new SamplingProblem(SamplingSubject.Options, "Sampling.Allocation.NegativeMultiplier", creditClass, multiplier));
        }

        foreach (var cell in cells.Where(cell => cell.Producers.All().Any(entry => entry.Value < 0)))
        {
            problems.Add(new SamplingProblem(SamplingSubject.Cells, "Sampling.Allocation.NegativeCount", cell.Product, cell.Region));
        }

        foreach (var duplicate in cells.GroupBy(cell => (cell.Product, cell.Region)).Where(group => group.Count() > 1))
        {
            problems.Add(new SamplingProblem(SamplingSubject.Cells, "Sampling.Allocation.DuplicateCell", duplicate.Key.Product, duplicate.Key.Region));
        }

        return problems;
    }

    private static int[] TieOrder(IReadOnlyList<AllocationCell> cells)
    {
        var order = new int[cells.Count];
        var sorted = Enumerable.Range(0, cells.Count)
            .OrderBy(i => cells[i].Product, StringComparer.Ordinal)
            .ThenBy(i => cells[i].Region, StringComparer.Ordinal)
            .ToList();
        for (var rank = 0; rank < sorted.Count; rank++)
        {
            order[sorted[rank]] = rank;
        }

        return order;
    }

    private static SamplingText Explain(AllocationCell cell, decimal score, decimal share, int batches, bool capped, bool fromMinimum, AllocationOptions options)
    {
        if (cell.Producers.Total == 0)
        {
            return new SamplingText("Sampling.Allocation.ExplainNoProducers");
        }

        if (score == 0)
        {
            return new SamplingText("Sampling.Allocation.ExplainZeroScore");
        }

        var producers = cell.Producers;
        return new SamplingText(
            "Sampling.Allocation.Explain",
            score,
            options.WeightOf(cell.RiskLevel),
            RiskLevelText(cell.RiskLevel),
            WeightedProducers(cell, options),
            producers.A,
            producers.B,
            producers.C,
            producers.D,
            share,
            batches,
            fromMinimum ? new SamplingText("Sampling.Allocation.NoteMinimum") : string.Empty,
            capped ? new SamplingText("Sampling.Allocation.NoteCapped", producers.Total) : string.Empty);
    }

    private static SamplingText RiskLevelText(ProductRiskLevel level) => new("Sampling.RiskLevel." + level);
}
