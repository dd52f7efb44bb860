using Zhixin.Plans.Alignment;

namespace Zhixin.Tests.Plans.Alignment;

public sealed class PlanAlignerTests
{
    private const string CreditTask = "加强质量诚信体系建设。建立质量失信黑名单,公布一批严重质量失信企业。";
    private const string MeteringTask = "全面整治民生领域计量器具。以医院、眼镜店为重点开展诚信计量主题活动。";
    private const string InjuryTask = "开展产品伤害监测试点。研究建立产品伤害监测系统,及时发布产品伤害预警。";

    [Fact]
    public void Align_WhenSameTaskInTraditionalCharacters_IsCarriedWithFullSimilarity()
    {
        var result = PlanAligner.Align(
            [Item("a", "加強質量誠信體系建設。建立質量失信黑名單,公布一批嚴重質量失信企業。")],
            [Item("x", CreditTask)],
            AlignmentOptions.Default);

        Assert.Equal(1.0, Assert.Single(result.Pairs).Similarity, 6);
    }

    [Fact]
    public void Align_WhenTasksDifferOnlyInDigits_IgnoresDigitsByDefault()
    {
        var result = PlanAligner.Align([Item("a", "在30个城市开展净含量监督检查")], [Item("x", "在12个城市开展净含量监督检查")], AlignmentOptions.Default);

        Assert.Equal(1.0, Assert.Single(result.Pairs).Similarity, 6);
    }

    [Fact]
    public void Align_WhenLowerTaskMergesTwoUpperTasks_CarriesBoth()
    {
        var result = PlanAligner.Align(
            [Item("a", CreditTask), Item("b", MeteringTask), Item("c", InjuryTask)],
            [Item("x", CreditTask + MeteringTask), Item("y", "持续推进实施名牌战略。加强名牌产品培育。")],
            AlignmentOptions.Default);

        Assert.Equal(["a", "b"], result.Pairs.Where(pair => pair.LowerKey == "x").Select(pair => pair.UpperKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Align_WhenSecondUpperOnlyResemblesTakenLower_IsDropped()
    {
        var result = PlanAligner.Align(
            [Item("a", CreditTask), Item("b", "加强质量诚信体系建设宣传。")],
            [Item("x", CreditTask)],
            AlignmentOptions.Default);

        Assert.Equal((AlignmentKind.Carried, AlignmentKind.Dropped), (result.KindOf("a"), result.KindOf("b")));
    }

    [Fact]
    public void Align_WhenDepartmentListsDiffer_IgnoresThem()
    {
        var result = PlanAligner.Align(
            [Item("a", CreditTask + "(质检总局牵头,工业和信息化部、公安部参加)")],
            [Item("x", CreditTask + "(省质监局牵头,经贸委、公安厅、外经贸厅参加)")],
            AlignmentOptions.Default);

        Assert.Equal(1.0, Assert.Single(result.Pairs).Similarity, 6);
    }

    [Fact]
    public void Align_WhenLowerPlanEmpty_DropsEveryTaskWithoutCandidates()
    {
        var result = PlanAligner.Align([Item("a", CreditTask)], [], AlignmentOptions.Default);

        Assert.Empty(Assert.Single(result.Dropped).Nearest);
    }

    [Fact]
    public void Align_WhenLowThresholdAboveHigh_Throws()
    {
        Assert.Throws<ArgumentException>(() => PlanAligner.Align([], [], new AlignmentOptions(High: 0.3, Low: 0.6)));
    }

    private static AlignmentItem Item(string key, string text)
    {
        var titleEnd = text.IndexOf('。', StringComparison.Ordinal);
        return new AlignmentItem(key, key, titleEnd < 0 ? text : text[..titleEnd], text);
    }
}
