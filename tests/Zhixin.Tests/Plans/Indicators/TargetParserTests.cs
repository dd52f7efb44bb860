using System.Globalization;
using Zhixin.Plans.Indicators;

namespace Zhixin.Tests.Plans.Indicators;

public sealed class TargetParserTests
{
    // The Pingxiang outline's 专栏1 (2015年), in the simplified and traditional forms the parser receives.
    [Theory]
    [InlineData("产品质量监督抽查合格率稳定在85%以上", "产品质量监督抽查合格率", nameof(TargetComparator.AtLeast), "85", "%")]
    [InlineData("產品質量監督抽查合格率穩定在85%以上", "產品質量監督抽查合格率", nameof(TargetComparator.AtLeast), "85", "%")]
    [InlineData("森林覆盖率稳定在63%以上", "森林覆盖率", nameof(TargetComparator.AtLeast), "63", "%")]
    [InlineData("江西名牌产品数量达到10个", "江西名牌产品数量", nameof(TargetComparator.AtLeast), "10", "个")]
    [InlineData("江西名牌產品數量達到10 個", "江西名牌產品數量", nameof(TargetComparator.AtLeast), "10", "个")]
    [InlineData("农业标准化生产普及率超过30%", "农业标准化生产普及率", nameof(TargetComparator.MoreThan), "30", "%")]
    [InlineData("大中型工程项目一次验收合格率达到100%", "大中型工程项目一次验收合格率", nameof(TargetComparator.AtLeast), "100", "%")]
    [InlineData("主要河流监测断面Ⅰ-Ⅲ类水质比重达到85%左右", "主要河流监测断面Ⅰ-Ⅲ类水质比重", nameof(TargetComparator.About), "85", "%")]
    [InlineData("其他工程一次验收合格率达到98%以上", "其他工程一次验收合格率", nameof(TargetComparator.AtLeast), "98", "%")]
    public void Parse_WhenOutlineTarget_ReadsIndicatorComparatorValueAndUnit(
        string sentence, string indicator, string comparator, string value, string unit)
    {
        var target = Assert.Single(TargetParser.Parse(sentence, 2015));

        Assert.Equal(
            (indicator, comparator, Decimal(value), unit),
            (target.Indicator, target.Comparator.ToString(), target.Value, target.Unit));
    }

    [Fact]
    public void Parse_WhenNoYearInSentence_TakesContextYear()
    {
        var target = Assert.Single(TargetParser.Parse("森林覆盖率稳定在63%以上", 2015));

        Assert.Equal(2015, target.Year);
    }

    [Fact]
    public void Parse_WhenScoreWithoutUnit_HasNoUnit()
    {
        var target = Assert.Single(TargetParser.Parse("旅游业顾客满意度达到80以上", 2015));

        Assert.Equal(("旅游业顾客满意度", TargetComparator.AtLeast, 80m, (string?)null), (target.Indicator, target.Comparator, target.Value, target.Unit));
    }

    [Fact]
    public void Parse_WhenStandardWithoutNumber_IsQualitativeIndicator()
    {
        var target = Assert.Single(TargetParser.Parse("城市空气质量达到国家二级标准", 2015));

        Assert.Equal(
            ("城市空气质量", TargetComparator.ReachesStandard, (decimal?)null, "国家二级标准"),
            (target.Indicator, target.Comparator, target.Value, target.Standard));
    }

    [Theory]
    [InlineData("食品抽检合格率不低于1%", nameof(TargetComparator.AtLeast))]
    [InlineData("重大质量事故发生率不高于1%", nameof(TargetComparator.AtMost))]
    [InlineData("重大质量事故发生率不超过1%", nameof(TargetComparator.AtMost))]
    [InlineData("重大质量事故发生率1%以下", nameof(TargetComparator.AtMost))]
    [InlineData("重大质量事故发生率低于1%", nameof(TargetComparator.LessThan))]
    [InlineData("重大质量事故发生率下降到1%", nameof(TargetComparator.AtMost))]
    [InlineData("重大质量事故发生率降至1%", nameof(TargetComparator.AtMost))]
    [InlineData("重大质量事故发生率控制在1%以内", nameof(TargetComparator.AtMost))]
    [InlineData("食品抽检合格率提高到1%", nameof(TargetComparator.AtLeast))]
    [InlineData("质量检验机构收入增长1%", nameof(TargetComparator.IncreaseBy))]
    [InlineData("单位产值能耗下降1%", nameof(TargetComparator.DecreaseBy))]
    public void Parse_WhenComparatorWord_MapsToComparator(string sentence, string comparator)
    {
        var target = Assert.Single(TargetParser.Parse(sentence, null));

        Assert.Equal((comparator, (decimal?)1m), (target.Comparator.ToString(), target.Value));
    }

    [Fact]
    public void Parse_WhenRangeBeforeCountedThing_ReadsRangeAndCountedIndicator()
    {
        var target = Assert.Single(TargetParser.Parse("重点培育1-2个省级以上名牌产品", 2015));

        Assert.Equal(
            ("省级以上名牌产品", TargetComparator.Range, 1m, 2m, "个"),
            (target.Indicator, target.Comparator, target.Value, target.UpperValue, target.Unit));
    }

    [Theory]
    [InlineData("质量检验机构营业收入达到3000万元", "30000000", "元")]
    [InlineData("质量检验机构营业收入达到1.5亿元", "150000000", "元")]
    public void Parse_WhenTenThousandOrHundredMillion_MultipliesValue(string sentence, string value, string unit)
    {
        var target = Assert.Single(TargetParser.Parse(sentence, null));

        Assert.Equal((Decimal(value), unit), (target.Value, target.Unit));
    }

    [Fact]
    public void Parse_WhenAmountThenQualifierWithoutVerb_ReadsAtLeast()
    {
        var target = Assert.Single(TargetParser.Parse("全省完成质量分析报告200篇以上", 2012));

        Assert.Equal(("全省完成质量分析报告", TargetComparator.AtLeast, 200m, "篇"), (target.Indicator, target.Comparator, target.Value, target.Unit));
    }

    [Theory]
    [InlineData("到2015年，森林覆盖率稳定在63%以上")]
    [InlineData("森林覆盖率稳定在63%以上(2015年)")]
    public void Parse_WhenYearInSentence_OverridesContextYear(string sentence)
    {
        var target = Assert.Single(TargetParser.Parse(sentence, 2020));

        Assert.Equal((2015, "森林覆盖率"), (target.Year, target.Indicator));
    }

    [Fact]
    public void Parse_WhenPeriodRangeInSentence_KeepsContextYear()
    {
        var target = Assert.Single(TargetParser.Parse("质量发展纲要(2011-2020年)明确:森林覆盖率稳定在63%以上", 2015));

        Assert.Equal(2015, target.Year);
    }

    [Fact]
    public void Parse_WhenSeveralTargets_ReadsEachClause()
    {
        const string Sentence = "到2015年,环境质量发展的具体目标:城市(含县城)空气质量达到国家二级标准,主要河流监测断面Ⅰ-Ⅲ类水质比重达到85%左右," +
            "城镇集中式饮用水水源地水质达标率达到100%,森林覆盖率稳定在63%以上；城镇生活垃圾无害化处理率达到80%。";

        var targets = TargetParser.Parse(Sentence, null);

        Assert.Equal(
            ["城市(含县城)空气质量", "主要河流监测断面Ⅰ-Ⅲ类水质比重", "城镇集中式饮用水水源地水质达标率", "森林覆盖率", "城镇生活垃圾无害化处理率"],
            targets.Select(target => target.Indicator));
        Assert.All(targets, target => Assert.Equal(2015, target.Year));
    }

    [Fact]
    public void Parse_WhenClauseStatesNoTarget_ReturnsNothing()
    {
        Assert.Empty(TargetParser.Parse("加强质量诚信体系建设,推进质检、商务、金融、工商部门间质量信用信息共享。", 2012));
    }

    [Fact]
    public void Parse_WhenTraditionalAndSimplified_GiveTheSameKey()
    {
        var traditional = Assert.Single(TargetParser.Parse("江西名牌產品數量達到10 個", null));
        var simplified = Assert.Single(TargetParser.Parse("江西名牌产品数量达到10个", null));

        Assert.Equal(simplified.Key, traditional.Key);
    }

    [Fact]
    public void Parse_WhenLeadInWord_LeavesItOutOfIndicator()
    {
        var target = Assert.Single(TargetParser.Parse("力争全省开展质量兴(强)市活动的县(市、区)达95%以上", 2012));

        Assert.Equal("全省开展质量兴(强)市活动的县(市、区)", target.Indicator);
    }

    private static decimal Decimal(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
