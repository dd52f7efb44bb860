using Zhixin.Plans.Indicators;

namespace Zhixin.Tests.Plans.Indicators;

public sealed class ComputedIndicatorRegistryTests
{
    [Theory]
    [InlineData("产品质量监督抽查合格率")]
    [InlineData("监督抽查合格率")]
    [InlineData("產品質量監督抽查合格率")]
    [InlineData("一般产品质量监督抽查合格率")]
    public void Find_WhenSpotCheckPassRate_ReturnsInspectionPassRate(string indicator)
    {
        Assert.Equal(ComputedIndicatorRegistry.InspectionPassRate, ComputedIndicatorRegistry.Default.Find(IndicatorKey.Normalise(indicator)));
    }

    [Fact]
    public void Find_WhenIndicatorNotComputed_ReturnsNull()
    {
        Assert.Null(ComputedIndicatorRegistry.Default.Find(IndicatorKey.Normalise("森林覆盖率")));
    }

    [Fact]
    public void Find_WhenParsedOutlineTarget_ResolvesFromItsKey()
    {
        var target = Assert.Single(TargetParser.Parse("產品質量監督抽查合格率穩定在85%以上", 2015));

        Assert.Equal(ComputedIndicatorRegistry.InspectionPassRate, ComputedIndicatorRegistry.Default.Find(target.Key));
    }

    [Fact]
    public void Constructor_WhenTwoIndicatorsClaimOneName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ComputedIndicatorRegistry(
        [
            new ComputedIndicator("a", ["合格率"]),
            new ComputedIndicator("b", ["合 格 率"]),
        ]));
    }
}
