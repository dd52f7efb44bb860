using Zhixin.Plans.Alignment;

namespace Zhixin.Tests.Plans.Alignment;

/// <summary>The national 2012 action plan against Fujian's 2012 plan, both read from the demo documents.</summary>
public sealed class NationalFujianAlignmentTests
{
    private static readonly Lazy<AlignmentResult> Result = new(() =>
        PlanAligner.Align(DemoPlanTasks.Read("national-2012.txt"), DemoPlanTasks.Read("fujian-2012.txt"), AlignmentOptions.Default));

    [Fact]
    public void DemoTasks_WhenRead_AreTwentyFiveNationalAndTwentySixFujian()
    {
        Assert.Equal((25, 26), (DemoPlanTasks.Read("national-2012.txt").Count, DemoPlanTasks.Read("fujian-2012.txt").Count));
    }

    // Carried: 开展重点产品质量安全问题综合整治 ↔ 开展重点产品重点行业重点环节质量安全问题综合整治, and tasks with one title.
    // Reworded: 加大质量法律法规的制修订力度 ↔ 加大质量法规的制修订力度 (Fujian names one regulation of its own),
    // 推进重点领域标准化工作 ↔ 深入实施技术标准战略, 建立质量工作部际联席会议制度 ↔ 加强检查考核.
    [Theory]
    [InlineData("一", "一", nameof(AlignmentKind.Carried))]
    [InlineData("八", "七", nameof(AlignmentKind.Carried))]
    [InlineData("十二", "十二", nameof(AlignmentKind.Carried))]
    [InlineData("十七", "十八", nameof(AlignmentKind.Carried))]
    [InlineData("十六", "十七", nameof(AlignmentKind.Reworded))]
    [InlineData("十八", "十九", nameof(AlignmentKind.Reworded))]
    [InlineData("二十二", "二十三", nameof(AlignmentKind.Reworded))]
    public void Align_WhenProvinceHasCounterpart_PairsItWithKind(string national, string fujian, string kind)
    {
        Assert.Equal((kind, fujian), (Result.Value.KindOf(national).ToString(), string.Join(",", Result.Value.LowerKeysOf(national))));
    }

    [Fact]
    public void Align_WhenProvinceHasNoProductInjuryPilot_IsDropped()
    {
        Assert.Equal(AlignmentKind.Dropped, Result.Value.KindOf("五"));
    }

    // 完善国家和地方质量奖励制度 and Fujian's 组织做好省市两级政府质量奖评选工作 share only 质量奖 (similarity 0.14,
    // below the best unrelated pair): wording cannot tie them, so the dropped task lists Fujian (十) for a reviewer.
    [Fact]
    public void Align_WhenQualityAwardTaskRewrittenCompletely_ListsFujianAwardTaskAmongNearest()
    {
        var dropped = Assert.Single(Result.Value.Dropped, task => task.UpperKey == "十一");

        Assert.Contains("十", dropped.Nearest.Select(candidate => candidate.LowerKey));
    }

    [Fact]
    public void Align_WhenFujianAddsOwnTasks_ListsThemAsProvinceOnly()
    {
        Assert.Equal(["十", "十一", "十四"], Result.Value.ProvinceOnly);
    }

    [Fact]
    public void Align_WhenCreditSystemCarried_SharesDistinctiveNGrams()
    {
        var pair = Assert.Single(Result.Value.Pairs, pair => pair.UpperKey == "八");

        Assert.Contains("诚信体", pair.SharedNGrams);
    }

    [Fact]
    public void Align_WhenPaired_ReportsSharedNGramsForEveryPair()
    {
        Assert.All(Result.Value.Pairs, pair => Assert.InRange(pair.SharedNGrams.Count, 1, AlignmentOptions.Default.SharedNGramCount));
    }
}
