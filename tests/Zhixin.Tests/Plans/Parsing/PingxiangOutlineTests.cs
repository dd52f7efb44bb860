using Zhixin.Plans.Data;
using Zhixin.Plans.Import.Parsing;

namespace Zhixin.Tests.Plans.Parsing;

public sealed class PingxiangOutlineTests
{
    private static ParsedPlan Plan => SeedPlans.Get(DemoPlanDocuments.Pingxiang2013);

    [Fact]
    public void Parse_WhenGarbledNumbers_FindsAll33ItemsInOrder()
    {
        var expected = Enumerable.Range(1, 33).Select(i => "(" + ChineseNumeral.Format(i) + ")");

        Assert.Equal(expected, Plan.Tasks.Select(t => t.Number));
    }

    [Fact]
    public void Parse_WhenGarbledRunsRepairable_RestoresTitles()
    {
        Assert.Equal("指導思想", Plan.Tasks[0].Title);
        Assert.Equal("嚴格企業質量主體責任", Plan.Tasks[3].Title);
        Assert.Equal("強化計量基礎支撐作用", Plan.Tasks[13].Title);
        Assert.Equal("強化檢查考核", Plan.Tasks[32].Title);
    }

    [Fact]
    public void Parse_WhenPinyinGlosses_RemovesThemEverywhere()
    {
        var everything = string.Join("\n", Plan.Tasks.Select(t => t.Title + t.Text).Concat(Plan.Sections.Select(s => s.Title)).Append(Plan.Title).Append(Plan.Issuer));

        Assert.DoesNotContain("(zhì)", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("(xiāng)", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("(qū)", everything, StringComparison.Ordinal);
        Assert.Contains("(2011-2020年)", Plan.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenNumbersRepaired_WarnsAndListsUnreadableRuns()
    {
        Assert.Contains(Plan.Warnings, w => w.Kind == ParseWarningKind.RepairedNumber && w.Line == 113);
        Assert.Contains(Plan.Warnings, w => w.Kind == ParseWarningKind.UnreadableText);
        Assert.All(Plan.Warnings, w => Assert.True(w.Excerpt.Length <= 41, w.Excerpt));
    }

    [Fact]
    public void Parse_WhenOutlineNamesNoDepartments_GivesEmptyListsWithoutWarnings()
    {
        Assert.All(Plan.Tasks, t => Assert.Empty(t.Lead.Concat(t.Participants).Concat(t.Responsible)));
        Assert.DoesNotContain(Plan.Warnings, w => w.Kind == ParseWarningKind.NoDepartments);
    }

    [Fact]
    public void Parse_WhenColumnBoxesAndSubBullets_KeepsThemInTheEnclosingTask()
    {
        Assert.Contains("--把以人為本", Plan.Tasks[1].Text, StringComparison.Ordinal);
        Assert.Contains("專欄1", Plan.Tasks[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Plan.Tasks, t => t.Text.Contains("舉報 0", StringComparison.Ordinal) || t.Text.Contains("點擊排行", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_WhenColumnOfIndicators_CollectsTargets()
    {
        var targets = Plan.Targets.Select(t => t.Text).ToList();

        Assert.Contains("產品質量監督抽查合格率穩定在85%以上", targets);
        Assert.Contains("森林覆蓋率穩定在63%以上", targets);
        Assert.Contains("江西名牌產品數量達到10個", targets);
    }
}
