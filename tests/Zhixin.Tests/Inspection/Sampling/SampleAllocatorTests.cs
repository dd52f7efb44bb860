using CsCheck;
using Zhixin.Inspection.Sampling;

namespace Zhixin.Tests.Inspection.Sampling;

public sealed class SampleAllocatorTests
{
    private static readonly AllocationOptions NoMinimum = new(MinimumOnePerCell: false);

    // The worked example of docs/inspection-sampling.md, with the default options (weights 3 / 2 / 1; A 0.5,
    // B 1, C 2, D 3; minimum one per cell). Scores:
    //   wire 思明   level 1: 3 × (4×1 + 1×2)   = 18      wire 湖里  level 1: 3 × (2×1)    = 6
    //   toys 思明   level 2: 2 × (2×0.5 + 6×1) = 14      toys 湖里  level 2: 2 × (3×1 + 1×3) = 12
    //   food 思明   level 3: 1 × (10×1)        = 10      food 湖里  no producers           = 0     Σ = 60
    // Minimum: 5 cells with producers get 1 each; 15 left. Quotas 15 × score / 60 = 4.5, 1.5, 3.5, 3, 2.5:
    // whole parts 4, 1, 3, 3, 2 = 13; the 2 left go to the largest remainders, four tied at 0.5, so by score
    // to wire 思明 (18) and toys 思明 (14). With the minimum: 6, 2, 5, 4, 3 = 20. Wire 思明 has 5 producers,
    // so it is cut to 5 and the 1 over is shared by score over the cells below their cap, toys 思明 (14) and
    // food 思明 (10): quotas 0.58 and 0.42, so toys 思明. Result 5, 2, 6, 4, 3, 0.
    internal static IReadOnlyList<AllocationCell> WorkedExample { get; } =
    [
        new("电线电缆", "350203", ProductRiskLevel.High, new CreditClassCounts(0, 4, 1, 0)),
        new("电线电缆", "350206", ProductRiskLevel.High, new CreditClassCounts(0, 2, 0, 0)),
        new("儿童玩具", "350203", ProductRiskLevel.RatherHigh, new CreditClassCounts(2, 6, 0, 0)),
        new("儿童玩具", "350206", ProductRiskLevel.RatherHigh, new CreditClassCounts(0, 3, 0, 1)),
        new("食品相关产品", "350203", ProductRiskLevel.General, new CreditClassCounts(0, 10, 0, 0)),
        new("食品相关产品", "350206", ProductRiskLevel.General, new CreditClassCounts(0, 0, 0, 0)),
    ];

    [Fact]
    public void Allocate_WhenWorkedExample_MatchesHandComputedBatches()
    {
        var result = Allocated(20, WorkedExample, AllocationOptions.Default);

        Assert.Equal([5, 2, 6, 4, 3, 0], result.Cells.Select(cell => cell.Batches));
    }

    [Fact]
    public void Allocate_WhenWorkedExample_ReportsScoresAndShares()
    {
        var result = Allocated(20, WorkedExample, AllocationOptions.Default);

        Assert.Equal([18m, 6m, 14m, 12m, 10m, 0m], result.Cells.Select(cell => cell.Score));
        Assert.Equal(0.3m, result.Cells[0].Share);
    }

    [Fact]
    public void Allocate_WhenCellExceedsProducers_CapsItAndGivesExcessToUncappedCells()
    {
        var result = Allocated(20, WorkedExample, AllocationOptions.Default);

        Assert.Equal((true, false), (result.Cells[0].Capped, result.Cells[2].Capped));
        Assert.Equal(20, result.Allocated);
    }

    [Fact]
    public void Allocate_WhenCellHasNoProducers_WarnsAndExplains()
    {
        var result = Allocated(20, WorkedExample, AllocationOptions.Default);

        Assert.Contains(result.Warnings, warning => warning.Key == "Sampling.Allocation.NoProducers" && Equals(warning.Arguments[1], "350206"));
        Assert.Equal("Sampling.Allocation.ExplainNoProducers", result.Cells[5].Explanation.Key);
    }

    [Fact]
    public void Allocate_WhenExplained_NamesScoreShareAndMinimumInOneLine()
    {
        var explanation = Allocated(20, WorkedExample, AllocationOptions.Default).Cells[0].Explanation;

        using var culture = new CultureScope("en");
        Assert.Equal(
            "score 18 = risk weight 3 (high) × weighted producers 6 (A 0, B 4, C 1, D 0); 30.0% of all scores; 5 batches proposed, including the minimum of one, capped at its 5 producers",
            explanation.Message);
    }

    [Fact]
    public void Allocate_WhenBudgetExceedsProducers_AllocatesEveryProducerAndReportsUnused()
    {
        var cells = new AllocationCell[]
        {
            new("P1", "R1", ProductRiskLevel.High, CreditClassCounts.Unclassified(3)),
            new("P2", "R1", ProductRiskLevel.General, CreditClassCounts.Unclassified(2)),
        };

        var result = Allocated(10, cells, AllocationOptions.Default);

        Assert.Equal(("3 2", 5, 5), (Batches(result), result.Allocated, result.Unused));
        Assert.Contains(result.Warnings, warning => warning.Key == "Sampling.Allocation.Unused");
    }

    [Fact]
    public void Allocate_WhenCellsHaveClassesCAndD_GivesThemMoreThanEqualMultipliersWould()
    {
        var cells = new AllocationCell[]
        {
            new("P", "all-B", ProductRiskLevel.High, new CreditClassCounts(0, 10, 0, 0)),
            new("P", "C-and-D", ProductRiskLevel.High, new CreditClassCounts(0, 0, 5, 5)),
        };

        var weighted = Allocated(10, cells, NoMinimum);
        var equal = Allocated(10, cells, NoMinimum with { ClassMultipliers = CreditClassFactors.Equal });

        // Weighted producers 10 against 5×2 + 5×3 = 25: quotas 10 × 10/35 = 2.86 and 7.14.
        Assert.Equal(("3 7", "5 5"), (Batches(weighted), Batches(equal)));
    }

    [Fact]
    public void Allocate_WhenCellsListedInAnotherOrder_GivesEachCellTheSameBatches()
    {
        var forward = Allocated(20, WorkedExample, AllocationOptions.Default);
        var backward = Allocated(20, [.. WorkedExample.Reverse()], AllocationOptions.Default);

        Assert.Equal(
            forward.Cells.ToDictionary(cell => cell.Cell, cell => cell.Batches),
            backward.Cells.ToDictionary(cell => cell.Cell, cell => cell.Batches));
    }

    [Fact]
    public void Allocate_WhenBudgetBelowCellCount_SkipsMinimumAndWarns()
    {
        var result = Allocated(3, WorkedExample, AllocationOptions.Default);

        // Without the minimum, 3 × score / 60 = 0.9, 0.3, 0.7, 0.6, 0.5: the three largest remainders.
        Assert.Equal([1, 0, 1, 1, 0, 0], result.Cells.Select(cell => cell.Batches));
        Assert.Contains(result.Warnings, warning => warning.Key == "Sampling.Allocation.MinimumNotApplied");
    }

    [Fact]
    public void Allocate_WhenAnyBudgetAndCells_TotalIsExactAndNoCellExceedsItsProducers()
    {
        var cell = Gen.Select(Gen.Int[1, 3], Gen.Int[0, 4].Array[4]);
        Gen.Select(Gen.Int[0, 80], cell.Array[1, 12], Gen.Bool).Sample((budget, drawn, minimum) =>
        {
            var cells = drawn
                .Select((c, i) => new AllocationCell($"P{i}", "R", (ProductRiskLevel)c.Item1, new CreditClassCounts(c.Item2[0], c.Item2[1], c.Item2[2], c.Item2[3])))
                .ToList();
            var result = Allocated(budget, cells, new AllocationOptions(MinimumOnePerCell: minimum));
            var capacity = cells.Sum(c => c.Producers.Total);

            return result.Allocated == Math.Min(budget, capacity)
                && result.Cells.Sum(c => c.Batches) == result.Allocated
                && result.Unused == budget - result.Allocated
                && result.Cells.All(c => c.Batches >= 0 && c.Batches <= c.Cell.Producers.Total);
        });
    }

    [Fact]
    public void Allocate_WhenInputInvalid_ReportsEveryProblem()
    {
        var cells = new AllocationCell[]
        {
            new("P", "R", ProductRiskLevel.High, new CreditClassCounts(0, -1, 0, 0)),
            new("P", "R", ProductRiskLevel.High, CreditClassCounts.Unclassified(1)),
        };

        var outcome = SampleAllocator.Allocate(-1, cells, new AllocationOptions(GeneralWeight: -1));

        Assert.Equal(
            ["Sampling.Allocation.BudgetNegative", "Sampling.Allocation.NegativeWeight", "Sampling.Allocation.NegativeCount", "Sampling.Allocation.DuplicateCell"],
            outcome.Problems.Select(problem => problem.Text.Key));
    }

    private static string Batches(AllocationResult result) => string.Join(" ", result.Cells.Select(cell => cell.Batches));

    internal static AllocationResult Allocated(int budget, IReadOnlyList<AllocationCell> cells, AllocationOptions options)
    {
        var outcome = SampleAllocator.Allocate(budget, cells, options);
        Assert.True(outcome.IsValid, string.Join("; ", outcome.Problems));
        return outcome.Value;
    }
}
