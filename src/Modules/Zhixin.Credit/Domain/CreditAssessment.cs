using Zhixin.Platform.Audit;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;

namespace Zhixin.Credit.Domain;

/// <summary>
/// A firm's score, grade and risk class as computed at one moment under one rule set version, with the breakdown
/// that explains it. A rescoring that changes anything adds a new assessment and marks it current; earlier ones stay
/// as the firm's history.
/// </summary>
internal sealed class CreditAssessment : IEnterpriseOwned, IAudited
{
    public Guid Id { get; init; }

    [EnterpriseOwnerKey]
    public required string EnterpriseCreditCode { get; init; }

    public required string RegionCode { get; init; }

    public int RuleSetVersion { get; init; }

    public DateOnly AsOf { get; init; }

    public decimal Score { get; init; }

    public CreditGrade Grade { get; init; }

    /// <summary>The rule that held the grade below what the score gives, if one did.</summary>
    public string? GradeCappedBy { get; init; }

    /// <summary>Internal only: never published, never shown to the firm.</summary>
    public RiskClass RiskClass { get; init; }

    /// <summary>The lines, risk reasons and unscored records as JSON (<see cref="Scoring.AssessmentBreakdown"/>).</summary>
    public required string Breakdown { get; init; }

    /// <summary>What asked for the scoring: "record", "void", "nightly", "rescore", "rule-set".</summary>
    public required string Trigger { get; init; }

    public DateTimeOffset AssessedAt { get; init; }

    public required string AssessedBy { get; init; }

    public bool IsCurrent { get; set; }

    /// <summary>
    /// The database's fingerprint of the file this assessment was scored from (its records and the listings that cap
    /// it), taken before the file was read; null where the engine keeps none (SQLite). Bookkeeping for the full
    /// rescoring, updated in place: it is not part of what the assessment says.
    /// </summary>
    public long? InputsFingerprint { get; set; }

    /// <summary>The first day on which the same file could score differently (<see cref="Scoring.NextPossibleChange"/>); null when never.</summary>
    public DateOnly? NextPossibleChangeOn { get; set; }
}
