using Zhixin.Credit.Domain;

namespace Zhixin.Credit.Scoring;

/// <summary>
/// A version of the scoring rules (评分规则): the base score, what each kind of record adds or takes away and for how
/// long it counts, the score each grade needs, and the conditions of the internal risk classes. Versions are
/// immutable once published; a change is a new version with its own effective date.
/// </summary>
internal sealed record ScoringModel(
    int Version,
    string Name,
    DateOnly EffectiveFrom,
    string Basis,
    bool Verified,
    decimal BaseScore,
    IReadOnlyList<ScoringRule> Rules,
    IReadOnlyList<GradeBand> Grades,
    IReadOnlyList<RiskCondition> RiskConditions,
    int CleanMonthsForClassA)
{
    /// <summary>The rule that scores a record: the first of its kind whose severity is the record's, or any severity.</summary>
    public ScoringRule? RuleFor(CreditRecordKind kind, RecordSeverity severity) =>
        Rules.FirstOrDefault(r => r.Kind == kind && (r.Severity is null || r.Severity == severity));
}

/// <summary>
/// One rule: records of a kind (and severity, if given) add <see cref="Points"/> (negative for a deduction) for
/// <see cref="CountsForMonths"/> months from their date. <see cref="Cap"/> limits the rule's total; while a record
/// of the rule counts, the grade can be no better than <see cref="GradeAtBest"/>.
/// </summary>
internal sealed record ScoringRule(
    string Code,
    CreditRecordKind Kind,
    decimal Points,
    int CountsForMonths,
    string Description,
    RecordSeverity? Severity = null,
    decimal? Cap = null,
    CreditGrade? GradeAtBest = null);

/// <summary>The lowest score of a grade; below the last band the grade is D.</summary>
internal sealed record GradeBand(CreditGrade Grade, decimal MinScore);

/// <summary>
/// A condition that puts a firm in a risk class: either its grade is <see cref="Grade"/> or worse, or it has at least
/// <see cref="AtLeast"/> records of <see cref="Kind"/> (of <see cref="Severity"/> or worse, if given) dated within
/// the last <see cref="WithinMonths"/> months.
/// </summary>
internal sealed record RiskCondition(
    string Code,
    RiskClass Class,
    string Description,
    CreditGrade? Grade = null,
    CreditRecordKind? Kind = null,
    RecordSeverity? Severity = null,
    int AtLeast = 1,
    int WithinMonths = 12);
