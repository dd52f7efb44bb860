using System.Diagnostics.CodeAnalysis;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Scoring;

namespace Zhixin.Credit.Features.Rescore;

/// <summary>The rule both rescoring paths share: a new assessment only when something in it differs from the current one.</summary>
internal static class AssessmentChange
{
    public static bool Differs([NotNullWhen(false)] CreditAssessment? current, CreditScore score, string breakdown) =>
        current is null || current.RuleSetVersion != score.RuleSetVersion || current.Score != score.Score
        || current.Grade != score.Grade || current.RiskClass != score.RiskClass || current.Breakdown != breakdown;

    public static CreditAssessment Next(
        string creditCode, string regionCode, CreditScore score, string breakdown, DateOnly today, DateTimeOffset now, string trigger, long? inputsFingerprint, DateOnly? nextPossibleChangeOn) => new()
    {
        Id = Guid.CreateVersion7(now),
        EnterpriseCreditCode = creditCode,
        RegionCode = regionCode,
        RuleSetVersion = score.RuleSetVersion,
        AsOf = today,
        Score = score.Score,
        Grade = score.Grade,
        GradeCappedBy = score.GradeCappedBy,
        RiskClass = score.RiskClass,
        Breakdown = breakdown,
        Trigger = trigger,
        AssessedAt = now,
        AssessedBy = "system:credit:" + trigger,
        IsCurrent = true,
        InputsFingerprint = inputsFingerprint,
        NextPossibleChangeOn = nextPossibleChangeOn,
    };
}
