using Zhixin.Plans.Indicators;

namespace Zhixin.Tests.Plans.Indicators;

public sealed class TargetEvaluationTests
{
    [Theory]
    [InlineData(nameof(TargetComparator.AtLeast), 85, 85, nameof(TargetOutcome.Met))]
    [InlineData(nameof(TargetComparator.AtLeast), 85, 84.9, nameof(TargetOutcome.NotMet))]
    [InlineData(nameof(TargetComparator.MoreThan), 30, 30, nameof(TargetOutcome.NotMet))]
    [InlineData(nameof(TargetComparator.MoreThan), 30, 30.1, nameof(TargetOutcome.Met))]
    [InlineData(nameof(TargetComparator.AtMost), 1, 1, nameof(TargetOutcome.Met))]
    [InlineData(nameof(TargetComparator.AtMost), 1, 1.1, nameof(TargetOutcome.NotMet))]
    [InlineData(nameof(TargetComparator.LessThan), 1, 1, nameof(TargetOutcome.NotMet))]
    [InlineData(nameof(TargetComparator.IncreaseBy), 10, 12, nameof(TargetOutcome.Met))]
    [InlineData(nameof(TargetComparator.DecreaseBy), 10, 8, nameof(TargetOutcome.NotMet))]
    public void Evaluate_WhenActualAgainstBound_DecidesByComparator(string comparator, double goal, double actual, string outcome)
    {
        Assert.Equal(outcome, TargetEvaluation.Evaluate(Target(Enum.Parse<TargetComparator>(comparator), (decimal)goal), (decimal)actual).ToString());
    }

    // 85%左右 with the default five-per-cent tolerance accepts 80.75 to 89.25.
    [Theory]
    [InlineData(80.75, nameof(TargetOutcome.Met))]
    [InlineData(89.25, nameof(TargetOutcome.Met))]
    [InlineData(80.74, nameof(TargetOutcome.NotMet))]
    [InlineData(89.26, nameof(TargetOutcome.NotMet))]
    public void Evaluate_WhenAboutTarget_MeetsWithinTolerance(double actual, string outcome)
    {
        Assert.Equal(outcome, TargetEvaluation.Evaluate(Target(TargetComparator.About, 85m), (decimal)actual).ToString());
    }

    [Theory]
    [InlineData(0, nameof(TargetOutcome.NotMet))]
    [InlineData(1, nameof(TargetOutcome.Met))]
    [InlineData(3, nameof(TargetOutcome.Met))]
    public void Evaluate_WhenRange_MeetsFromLowerBound(int actual, string outcome)
    {
        var range = Target(TargetComparator.Range, 1m) with { UpperValue = 2m };

        Assert.Equal(outcome, TargetEvaluation.Evaluate(range, actual).ToString());
    }

    [Fact]
    public void Evaluate_WhenNoActual_IsUnknown()
    {
        Assert.Equal(TargetOutcome.Unknown, TargetEvaluation.Evaluate(Target(TargetComparator.AtLeast, 85m), null));
    }

    [Fact]
    public void Evaluate_WhenQualitative_IsUnknown()
    {
        var target = Assert.Single(TargetParser.Parse("城市空气质量达到国家二级标准", 2015));

        Assert.Equal(TargetOutcome.Unknown, TargetEvaluation.Evaluate(target, 1m));
    }

    private static ParsedIndicatorTarget Target(TargetComparator comparator, decimal value) =>
        new("产品质量监督抽查合格率", "产品质量监督抽查合格率", comparator, value, null, "%", 2015, null, string.Empty);
}
