using Zhixin.Plans.Assessment;

namespace Zhixin.Tests.Plans.Assessment;

public sealed class AssessmentSchemeTests
{
    [Fact]
    public void LoadDefault_WhenEmbedded_IsValidWithFourLines()
    {
        var scheme = AssessmentSchemeJson.LoadDefault();

        Assert.Equal((0, 4), (scheme.Problems().Count, scheme.Lines.Count));
    }

    [Fact]
    public void LoadDefault_WhenRead_SaysItIsThisPlatformsProposal()
    {
        Assert.Contains("本平台", AssessmentSchemeJson.LoadDefault().Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WhenReadBack_GivesEqualLinesGradesAndParameters()
    {
        var scheme = AssessmentSchemeJson.LoadDefault();

        var read = AssessmentSchemeJson.Read(AssessmentSchemeJson.Write(scheme));

        Assert.Equal(
            (scheme.Code, scheme.Version, scheme.EffectiveFrom, scheme.Parameters, scheme.Note),
            (read.Code, read.Version, read.EffectiveFrom, read.Parameters, read.Note));
        Assert.Equal(scheme.Lines, read.Lines);
        Assert.Equal(scheme.Grades, read.Grades);
    }

    [Fact]
    public void Write_WhenDefault_UsesCamelCase()
    {
        Assert.Contains("\"effectiveFrom\"", AssessmentSchemeJson.Write(AssessmentSchemeJson.LoadDefault()), StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_WhenWeightsDoNotAddUpTo100_NamesEveryLineAndTheSum()
    {
        var scheme = Scheme(new SchemeLine("timeliness", "时效性", 20, ScoreBasis.Timeliness), new SchemeLine("completion", "任务完成", 70, ScoreBasis.Completion));

        var problem = Assert.Single(scheme.Problems());

        Assert.Equal("Weights add up to 90, not 100: timeliness 20 + completion 70.", problem);
    }

    [Fact]
    public void Problems_WhenWeightNegative_NamesTheLine()
    {
        var scheme = Scheme(new SchemeLine("timeliness", "时效性", -10, ScoreBasis.Timeliness), new SchemeLine("completion", "任务完成", 110, ScoreBasis.Completion));

        Assert.Contains(scheme.Problems(), problem => problem.Contains("timeliness (时效性)", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_WhenLateCreditAboveOne_ReportsParameter()
    {
        var scheme = AssessmentSchemeJson.LoadDefault() with { Parameters = new ScoringParameters(LateCredit: 1.5m) };

        Assert.Contains(scheme.Problems(), problem => problem.StartsWith("lateCredit", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WhenWeightsDoNotAddUp_Throws()
    {
        var json = AssessmentSchemeJson.Write(AssessmentSchemeJson.LoadDefault()).Replace("\"weight\": 50", "\"weight\": 40", StringComparison.Ordinal);

        Assert.ThrowsAny<System.Text.Json.JsonException>(() => AssessmentSchemeJson.Read(json));
    }

    [Theory]
    [InlineData("100", "优秀")]
    [InlineData("90.0", "优秀")]
    [InlineData("89.9", "良好")]
    [InlineData("80", "良好")]
    [InlineData("79.9", "合格")]
    [InlineData("60", "合格")]
    [InlineData("59.9", "不合格")]
    [InlineData("0", "不合格")]
    public void GradeFor_WhenAtOrBelowBandEdge_GivesBand(string total, string grade)
    {
        Assert.Equal(grade, AssessmentSchemeJson.LoadDefault().GradeFor(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static AssessmentScheme Scheme(params SchemeLine[] lines) =>
        new("test", 1, new DateOnly(2025, 1, 1), lines, [new GradeBand("合格", 60), new GradeBand("不合格", 0)]);
}
