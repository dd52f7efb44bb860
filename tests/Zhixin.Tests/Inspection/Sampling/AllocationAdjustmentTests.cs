using Zhixin.Inspection.Sampling;

namespace Zhixin.Tests.Inspection.Sampling;

public sealed class AllocationAdjustmentTests
{
    // Proposal 5, 2, 6, 4, 3, 0 (budget 20); producers 5, 2, 8, 4, 10, 0.
    private static readonly AllocationResult Proposal = SampleAllocatorTests.Allocated(20, SampleAllocatorTests.WorkedExample, AllocationOptions.Default);

    [Fact]
    public void Validate_WhenOfficialMovesBatchesWithinBudget_IsValidAndReportsDifferences()
    {
        var report = AllocationAdjustment.Validate(Proposal, [new("儿童玩具", "350203", 4), new("食品相关产品", "350203", 5)]);

        Assert.True(report.IsValid, string.Join("; ", report.Problems));
        Assert.Equal((20, 0, 0), (report.Total, report.Remaining, report.Difference));
        Assert.Equal([0, 0, -2, 0, 2, 0], report.Cells.Select(cell => cell.Difference));
    }

    [Fact]
    public void Validate_WhenOfficialLowersTotal_ReportsRemainingBudget()
    {
        var report = AllocationAdjustment.Validate(Proposal, [new("电线电缆", "350206", 0)]);

        Assert.Equal((true, 18, 2, -2), (report.IsValid, report.Total, report.Remaining, report.Difference));
    }

    [Fact]
    public void Validate_WhenBatchesNegative_IsRefused()
    {
        var report = AllocationAdjustment.Validate(Proposal, [new("电线电缆", "350206", -1)]);

        Assert.Equal("Sampling.Adjustment.Negative", Assert.Single(report.Problems).Text.Key);
    }

    [Fact]
    public void Validate_WhenBatchesAboveProducers_IsRefusedNamingTheCell()
    {
        var report = AllocationAdjustment.Validate(Proposal, [new("电线电缆", "350206", 3), new("电线电缆", "350203", 4)]);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("Sampling.Adjustment.AboveProducers", "350206"), (problem.Text.Key, problem.Text.Arguments[1]));
    }

    [Fact]
    public void Validate_WhenTotalAboveBudget_IsRefusedWithTheExcess()
    {
        var report = AllocationAdjustment.Validate(Proposal, [new("食品相关产品", "350203", 6)]);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("Sampling.Adjustment.AboveBudget", -3), (problem.Text.Key, report.Remaining));
        Assert.Equal([23, 20, 3], problem.Text.Arguments);
    }

    [Fact]
    public void Validate_WhenCellUnknownOrRepeated_IsRefused()
    {
        var report = AllocationAdjustment.Validate(Proposal, [new("燃气灶具", "350203", 1), new("电线电缆", "350203", 4), new("电线电缆", "350203", 3)]);

        Assert.Equal(["Sampling.Adjustment.UnknownCell", "Sampling.Adjustment.DuplicateCell"], report.Problems.Select(problem => problem.Text.Key));
    }
}
