using Zhixin.Credit.Domain;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Pages.Support;

namespace Zhixin.Credit.Features;

/// <summary>A record of a credit file as the API and pages show it.</summary>
internal sealed record CreditRecordView(
    Guid Id,
    string CreditCode,
    string EnterpriseName,
    string RegionCode,
    string Kind,
    string KindName,
    bool Negative,
    string? Severity,
    DateOnly OccurredOn,
    string Title,
    string? Detail,
    string? DocumentNumber,
    string? Authority,
    string Source,
    string SourceReference,
    string? SourceDepartmentCode,
    string? SourceLink,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? VoidedAt,
    string? VoidReason)
{
    /// <summary>The day its repair was approved: on the file, no longer published or scored from then.</summary>
    public DateOnly? RepairedOn { get; init; }

    public static CreditRecordView Of(CreditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new CreditRecordView(
            record.Id, record.EnterpriseCreditCode, record.EnterpriseName, record.RegionCode,
            CreditLabels.KindCode(record.Kind), CreditLabels.Kind(record.Kind), record.Kind.IsNegative(),
            record.Severity == RecordSeverity.None ? null : CreditLabels.SeverityCode(record.Severity),
            record.OccurredOn, record.Title, record.Detail, record.DocumentNumber, record.Authority,
            record.SourceModule, record.SourceReference, record.SourceDepartmentCode, record.SourceLink,
            record.CreatedAt, record.CreatedBy, record.VoidedAt, record.VoidReason)
        {
            RepairedOn = record.RepairedOn,
        };
    }
}

/// <summary>
/// A firm's assessment: score, grade, the rule that capped the grade, the rule set version, and each line of the
/// breakdown in words. The risk class is null for a caller who may not see it (the firm itself).
/// </summary>
internal sealed record AssessmentView(
    Guid Id,
    string CreditCode,
    decimal Score,
    string Grade,
    string GradeName,
    string? GradeCappedBy,
    string? RiskClass,
    string? RiskClassName,
    IReadOnlyList<RiskReasonView>? RiskReasons,
    int RuleSetVersion,
    DateOnly AsOf,
    DateTimeOffset AssessedAt,
    string Trigger,
    IReadOnlyList<ScoreLineView> Lines,
    IReadOnlyList<ListingCapView> Listings)
{
    /// <summary>The records no longer scored because their repair was approved (信用修复), each in words.</summary>
    public IReadOnlyList<RepairedRecordView> Repaired { get; init; } = [];

    public static AssessmentView Of(CreditAssessment assessment, bool showRiskClass)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var breakdown = AssessmentBreakdown.FromJson(assessment.Breakdown);
        return new AssessmentView(
            assessment.Id, assessment.EnterpriseCreditCode, assessment.Score,
            assessment.Grade.ToString(), CreditLabels.Grade(assessment.Grade), assessment.GradeCappedBy,
            showRiskClass ? assessment.RiskClass.ToString() : null,
            showRiskClass ? CreditLabels.RiskClass(assessment.RiskClass) : null,
            showRiskClass ? [.. breakdown.RiskReasons.Select(r => new RiskReasonView(r.ConditionCode, r.Description, r.Records))] : null,
            assessment.RuleSetVersion, assessment.AsOf, assessment.AssessedAt, assessment.Trigger,
            [.. breakdown.Lines.Select(ScoreLineView.Of)],
            [.. (breakdown.Listings ?? []).Select(ListingCapView.Of)])
        {
            Repaired = [.. (breakdown.Repaired ?? []).Select(RepairedRecordView.Of)],
        };
    }
}

/// <summary>A repaired record in the breakdown: "已信用修复：2026-03-10 行政处罚 …，自 2026-11-22 起不再公示、不再计分".</summary>
internal sealed record RepairedRecordView(Guid RecordId, string Kind, string Title, DateOnly OccurredOn, DateOnly RepairedOn, string Text)
{
    public static RepairedRecordView Of(RepairedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new RepairedRecordView(record.RecordId, CreditLabels.KindCode(record.Kind), record.Title, record.OccurredOn, record.RepairedOn,
            CreditText.Format("Repair.BreakdownLine", ChinaTime.Format(record.OccurredOn), CreditLabels.Kind(record.Kind), record.Title, ChinaTime.Format(record.RepairedOn)));
    }
}

/// <summary>One line of a breakdown: "−15：2024-05-12 监督抽查不合格（规则 N1，第 1 版），计至 2026-05-11".</summary>
internal sealed record ScoreLineView(
    Guid RecordId, string Kind, string Title, DateOnly OccurredOn, string Rule, int RuleSetVersion, decimal Points, bool Capped, DateOnly LastCountingDay, string Text)
{
    public static ScoreLineView Of(ScoreLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new ScoreLineView(
            line.RecordId, CreditLabels.KindCode(line.Kind), line.Title, line.OccurredOn, line.RuleCode, line.RuleSetVersion, line.Points,
            line.Capped, line.LastCountingDay, CreditLabels.Line(line));
    }
}

internal sealed record RiskReasonView(string Condition, string Description, int Records);

/// <summary>The earliest day the firm would reach a better grade with nothing new on file.</summary>
internal sealed record GradeOutlookView(string Grade, string GradeName, DateOnly? From, decimal? ScoreThen);

/// <summary>A listing that capped the grade: "严重违法失信名单（市监信〔2026〕1号）：2026-11-22 至 2029-11-21，其间等级不高于 D".</summary>
internal sealed record ListingCapView(Guid ListingId, string Kind, string ListName, string? DecisionNumber, DateOnly From, DateOnly Until, string GradeAtBest, string Cap, string Text)
{
    public static ListingCapView Of(ListingCap cap)
    {
        ArgumentNullException.ThrowIfNull(cap);
        return new ListingCapView(
            cap.ListingId, Lists.ListLabels.KindCode(cap.Kind), cap.ListName, cap.DecisionNumber, cap.From, cap.Until, cap.GradeAtBest.ToString(),
            CreditScorer.ListCapCode(cap.Kind),
            CreditText.Format("Listing.CapLine", cap.ListName, cap.DecisionNumber ?? "—", ChinaTime.Format(cap.From), ChinaTime.Format(cap.Until), cap.GradeAtBest));
    }
}
