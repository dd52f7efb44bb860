using Zhixin.Credit.Domain;

namespace Zhixin.Credit.Scoring;

/// <summary>A record as the scorer reads it; one repaired (信用修复) on a day is no longer scored from that day.</summary>
internal sealed record ScoredRecord(Guid Id, CreditRecordKind Kind, RecordSeverity Severity, DateOnly OccurredOn, string Title, DateOnly? RepairedOn = null);

/// <summary>A record the scorer left out because its repair was approved: still on the file, not scored from <paramref name="RepairedOn"/>.</summary>
internal sealed record RepairedRecord(Guid RecordId, CreditRecordKind Kind, string Title, DateOnly OccurredOn, DateOnly RepairedOn);

/// <summary>
/// One line of a score's breakdown: the record, the rule (code and version) that scored it, the points it gives
/// (after the rule's cap), and the last day it counts.
/// </summary>
internal sealed record ScoreLine(
    Guid RecordId,
    CreditRecordKind Kind,
    string Title,
    DateOnly OccurredOn,
    string RuleCode,
    int RuleSetVersion,
    decimal Points,
    bool Capped,
    DateOnly LastCountingDay);

/// <summary>
/// A listing that holds a firm's grade while it is in force (the black list: at best D), from its first to its last
/// day; the breakdown names it as the reason for the cap.
/// </summary>
internal sealed record ListingCap(Guid ListingId, CreditListKind Kind, string ListName, string? DecisionNumber, DateOnly From, DateOnly Until, CreditGrade GradeAtBest);

/// <summary>Why a firm is in its risk class: the condition met and how many records met it.</summary>
internal sealed record RiskReason(string ConditionCode, RiskClass Class, string Description, int Records);

/// <summary>
/// A firm's score on a day under one rule set version: the score, the grade (and the rule that capped it, if one
/// did), the internal risk class with its reasons, every counting record's line and the records no rule scores.
/// </summary>
internal sealed record CreditScore(
    int RuleSetVersion,
    DateOnly AsOf,
    decimal Score,
    CreditGrade Grade,
    string? GradeCappedBy,
    RiskClass RiskClass,
    IReadOnlyList<RiskReason> RiskReasons,
    IReadOnlyList<ScoreLine> Lines,
    IReadOnlyList<Guid> NotScored)
{
    /// <summary>The listings in force on the day that cap the grade (empty when none).</summary>
    public IReadOnlyList<ListingCap> Listings { get; init; } = [];

    /// <summary>The records a repair took out of the score on the day (empty when none).</summary>
    public IReadOnlyList<RepairedRecord> Repaired { get; init; } = [];
}

/// <summary>The earliest day a firm reaches a better grade if nothing new is recorded, or null if it never does.</summary>
internal sealed record GradeOutlook(CreditGrade Grade, DateOnly? From, decimal? ScoreThen);
