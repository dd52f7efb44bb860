using Zhixin.Inspection.NetContent;

namespace Zhixin.Tests.Inspection.NetContent;

public sealed class MeasurementLinesTests
{
    [Fact]
    public void Parse_WhenBlankLinesAndComments_SkipsThemAndKeepsLineNumbers()
    {
        var (values, bad) = MeasurementLines.Parse(["# lot 2025-03", "", "498.2", "  501  # unit 2", "\t", "-3"]);

        Assert.Equal([new MeasurementLine(3, 498.2m), new MeasurementLine(4, 501m), new MeasurementLine(6, -3m)], values);
        Assert.Empty(bad);
    }

    [Theory]
    [InlineData("498,2")]
    [InlineData("498.2 g")]
    [InlineData("1e3")]
    [InlineData("abc")]
    public void Parse_WhenLineIsNotAPlainNumber_ReportsItsNumberAndText(string line)
    {
        var (_, bad) = MeasurementLines.Parse(["500", line]);

        Assert.Equal(new BadMeasurementLine(2, line), Assert.Single(bad));
    }
}
