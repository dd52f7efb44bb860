using Zhixin.Credit.Domain;

namespace Zhixin.Credit.Sharing;

/// <summary>
/// A measure of joint reward or punishment (联合奖惩) a department asks about, with the conditions that refuse or allow it.
/// Version 1 of this reference data; each measure says whether its conditions were checked against the rule text.
/// </summary>
internal sealed record JointMeasure(
    string Code,
    string Name,
    bool Incentive,
    bool RefusedWhenBlackListed,
    CreditGrade? RefusedFromGrade,
    int? PenaltyMonths,
    IReadOnlyList<RecordSeverity> PenaltySeverities,
    bool RequiresRedListOrGradeA,
    bool Verified,
    string Source);

internal static class JointMeasures
{
    public const int Version = 1;

    private const string Guangdong = "广东省市场监管局信用“三张清单”（2025）：激励措施含绿色通道、容缺受理、评优评先；惩戒措施 54 项";
    private const string Shaoguan = "韶关市市场监管局：守信激励对象须近 2 年内无未修复的罚款以上行政处罚，且非失信被执行人";
    private const string Order44 = "《市场监督管理严重违法失信名单管理办法》（市场监管总局令第44号）：列入名单者依法实施联合惩戒";

    /// <summary>
    /// The starting policy. None is verified: the conditions follow the summaries in the research notes (Shaoguan's
    /// incentive eligibility, the Guangdong lists, Order 44), not the texts themselves; a regulator should confirm them.
    /// </summary>
    public static IReadOnlyList<JointMeasure> All { get; } =
    [
        new("fiscal-subsidy", "财政补贴", Incentive: true, RefusedWhenBlackListed: true, CreditGrade.D, 24,
            [RecordSeverity.General, RecordSeverity.Serious], RequiresRedListOrGradeA: false, Verified: false, Shaoguan + "；" + Order44),
        new("green-channel", "绿色通道", Incentive: true, RefusedWhenBlackListed: true, CreditGrade.C, 24,
            [RecordSeverity.General, RecordSeverity.Serious], RequiresRedListOrGradeA: true, Verified: false, Guangdong + "；" + Shaoguan),
        new("government-procurement", "政府采购", Incentive: false, RefusedWhenBlackListed: true, CreditGrade.D, 36,
            [RecordSeverity.Serious], RequiresRedListOrGradeA: false, Verified: false, Order44),
        new("honours", "评优评先", Incentive: true, RefusedWhenBlackListed: true, CreditGrade.C, 24,
            [RecordSeverity.General, RecordSeverity.Serious], RequiresRedListOrGradeA: false, Verified: false, Guangdong + "；" + Shaoguan),
    ];

    public static JointMeasure? Find(string? code) => All.FirstOrDefault(m => m.Code == code);
}
