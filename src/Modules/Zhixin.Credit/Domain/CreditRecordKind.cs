namespace Zhixin.Credit.Domain;

/// <summary>What a record of a credit file (企业质量信用档案) is about; whether it weighs for or against the firm follows from the kind.</summary>
internal enum CreditRecordKind
{
    /// <summary>监督抽查不合格: a spot-check batch that failed.</summary>
    SpotCheckFailed = 1,

    /// <summary>行政处罚: an administrative penalty decision.</summary>
    AdministrativePenalty = 2,

    /// <summary>投诉属实: a complaint found to be justified.</summary>
    ComplaintUpheld = 3,

    /// <summary>缺陷产品召回: a recall of the firm's defective products.</summary>
    Recall = 4,

    /// <summary>质量事故: a quality or safety accident.</summary>
    QualityAccident = 5,

    /// <summary>认证: a product or management-system certification held.</summary>
    Certification = 11,

    /// <summary>质量奖: a government quality award.</summary>
    QualityAward = 12,

    /// <summary>名牌: a recognised brand (名牌产品).</summary>
    Brand = 13,

    /// <summary>质量承诺: a public quality commitment (质量信用承诺).</summary>
    QualityCommitment = 14,
}

/// <summary>How severe a negative record is, in the three grades of the repair rules (轻微 / 一般 / 严重); positive records have none.</summary>
internal enum RecordSeverity
{
    None = 0,
    Light = 1,
    General = 2,
    Serious = 3,
}

internal static class CreditRecordKinds
{
    public static bool IsNegative(this CreditRecordKind kind) => (int)kind < 10;

    public static IReadOnlyList<CreditRecordKind> All { get; } = Enum.GetValues<CreditRecordKind>();
}
