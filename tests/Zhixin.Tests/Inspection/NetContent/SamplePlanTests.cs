using static Zhixin.Tests.Inspection.NetContent.NetContentLots;

namespace Zhixin.Tests.Inspection.NetContent;

/// <summary>JJF 1070 Table 2, both edges of every row: a lot of N gives n, λ and the units allowed beyond T.</summary>
public sealed class SamplePlanTests
{
    [Theory]
    [InlineData(1L, 1, null, 0)]
    [InlineData(10L, 10, null, 0)]
    [InlineData(11L, 10, "1.028", 0)]
    [InlineData(50L, 10, "1.028", 0)]
    [InlineData(51L, 13, "0.848", 1)]
    [InlineData(99L, 13, "0.848", 1)]
    [InlineData(100L, 50, "0.379", 3)]
    [InlineData(500L, 50, "0.379", 3)]
    [InlineData(501L, 80, "0.295", 5)]
    [InlineData(3200L, 80, "0.295", 5)]
    [InlineData(3201L, 125, "0.234", 7)]
    [InlineData(10_000_000_000L, 125, "0.234", 7)]
    public void Evaluate_WhenLotSizeOnARowEdge_UsesThatRowsPlan(long lotSize, int sampleSize, string? lambda, int allowedBeyondT)
    {
        var result = Judge(Uniform(500m, "g", lotSize, sampleSize, 500m));

        var plan = result.SamplePlan;
        Assert.Equal((sampleSize, lambda is null ? null : D(lambda), allowedBeyondT, 0, lambda is not null),
            (plan.SampleSize, plan.Row.Lambda, plan.Row.AllowedBeyondT, plan.Row.AllowedBeyond2T, result.Mean.Applies));
    }

    // λ for n = 13 is the table's 0.848, not the 0.847 that t(0.995, 12)/√13 gives.
    [Fact]
    public void Evaluate_WhenSampleOf13_UsesThePublishedLambda()
    {
        Assert.Equal(0.848m, Judge(Uniform(500m, "g", 60, 13, 500m)).Mean.Lambda);
    }

    [Fact]
    public void Evaluate_WhenLotOf7_InspectsAllSeven()
    {
        var result = Judge(Uniform(500m, "g", 7, 7, 500m));

        Assert.Equal((7, true, 7), (result.SamplePlan.SampleSize, result.SamplePlan.Row.InspectsEveryUnit, result.Units.Count));
    }
}
