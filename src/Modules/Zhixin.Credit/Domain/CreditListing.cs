using Zhixin.Platform.Audit;
using Zhixin.Platform.Scoping;

namespace Zhixin.Credit.Domain;

/// <summary>The two lists: the red list (守信激励名单) and the black list (严重违法失信名单 / 质量失信黑名单).</summary>
internal enum CreditListKind
{
    Red = 1,
    Black = 2,
}

/// <summary>
/// The steps a listing goes through. Expiry is not stored: a listing whose period has run out is expired from the
/// day after its last day, whether or not anyone looked (see <see cref="CreditListing.StatusOn"/>).
/// </summary>
internal enum ListingStatus
{
    Proposed = 1,
    Noticed = 2,
    Listed = 3,
    Expired = 4,
    RemovedEarly = 5,
    Revoked = 6,
}

/// <summary>
/// A firm on the red or the black list, from the proposal through the pre-listing notice (告知, 国办发〔2020〕49号:
/// reasons, legal basis and the firm's rights, served before the decision) and the listing decision to its end (the
/// period run out, early removal, or revocation). Each step keeps who took it and when. Never deleted: the full
/// history stays even where the public no longer sees the listing.
/// </summary>
internal sealed class CreditListing : IFirmRow, IAudited
{
    public Guid Id { get; init; }

    [EnterpriseOwnerKey]
    public required string EnterpriseCreditCode { get; init; }

    public required string EnterpriseName { get; init; }

    /// <summary>The firm's region when it was proposed: the listing's security label.</summary>
    public required string RegionCode { get; init; }

    public CreditListKind Kind { get; init; }

    /// <summary>The stored step; read <see cref="StatusOn"/> for the status on a day.</summary>
    public ListingStatus Status { get; set; }

    /// <summary>The version of the list rules (periods, statement period, grade cap) the listing follows.</summary>
    public int RulesVersion { get; init; }

    /// <summary>The listing grounds in words (列入事由).</summary>
    public required string Grounds { get; init; }

    /// <summary>The credit records the grounds rest on.</summary>
    public List<Guid> GroundRecordIds { get; init; } = [];

    /// <summary>The legal basis (列入依据), e.g. 《市场监督管理严重违法失信名单管理办法》第二条.</summary>
    public required string LegalBasis { get; init; }

    public DateTimeOffset ProposedAt { get; init; }

    public required string ProposedBy { get; init; }

    public string? NoticeNumber { get; set; }

    public DateOnly? NoticeServedOn { get; set; }

    public string? NoticeReasons { get; set; }

    /// <summary>The rights the notice told the firm of (陈述、申辩、听证 …).</summary>
    public string? NoticeRights { get; set; }

    /// <summary>The first day a decision may be taken: the statement period after service has passed.</summary>
    public DateOnly? DecisionAllowedFrom { get; set; }

    public DateTimeOffset? NoticedAt { get; set; }

    public string? NoticedBy { get; set; }

    public string? DecisionNumber { get; set; }

    public DateOnly? DecidedOn { get; set; }

    /// <summary>The deciding authority (作出决定机关).</summary>
    public string? Authority { get; set; }

    /// <summary>The first and the last day of publication on the list.</summary>
    public DateOnly? ListedFrom { get; set; }

    public DateOnly? ListedUntil { get; set; }

    /// <summary>The first day an early removal may be asked for, when the list allows one.</summary>
    public DateOnly? EarlyRemovalFrom { get; set; }

    /// <summary>The best grade the firm may hold while listed (D for the black list), when the list caps it.</summary>
    public CreditGrade? GradeAtBest { get; set; }

    public DateTimeOffset? ListedAt { get; set; }

    public string? ListedBy { get; set; }

    /// <summary>The day an early removal or a revocation took effect.</summary>
    public DateOnly? EndedOn { get; set; }

    public string? EndReason { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public string? EndedBy { get; set; }

    /// <summary>The status on a day: a listing past its last day is expired.</summary>
    public ListingStatus StatusOn(DateOnly day) =>
        Status == ListingStatus.Listed && ListedUntil < day ? ListingStatus.Expired : Status;

    /// <summary>Whether the firm is on the list that day (decided, started, not yet ended).</summary>
    public bool InForceOn(DateOnly day) => StatusOn(day) == ListingStatus.Listed && ListedFrom <= day;
}
