using Zhixin.Platform.Audit;
using Zhixin.Platform.Scoping;

namespace Zhixin.Credit.Domain;

internal enum RepairStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}

/// <summary>
/// A credit repair application (信用修复申请) by a firm: early removal from the black list, or an end to the
/// publication of an administrative penalty, with its statements (penalty fulfilled, restrictions ended, harm remedied)
/// and its credit commitment (信用承诺). The legal conditions are checked when it is made and again when it is
/// decided; a regulator approves or rejects it with reasons. Never deleted.
/// </summary>
internal sealed class CreditRepair : ICreditCase, IAudited
{
    public Guid Id { get; init; }

    [EnterpriseOwnerKey]
    public required string EnterpriseCreditCode { get; init; }

    public required string EnterpriseName { get; init; }

    public required string RegionCode { get; init; }

    public CreditTarget Target { get; init; }

    public Guid? ListingId { get; init; }

    public Guid? RecordId { get; init; }

    public bool PenaltyFulfilled { get; init; }

    public bool RestrictionsEnded { get; init; }

    public bool HarmRemedied { get; init; }

    /// <summary>The credit commitment (信用承诺书) in words.</summary>
    public required string Commitment { get; init; }

    /// <summary>The firm's account of its rectification (整改情况) and evidence.</summary>
    public string? Statement { get; init; }

    public int RulesVersion { get; init; }

    public DateOnly AppliedOn { get; init; }

    public DateTimeOffset AppliedAt { get; init; }

    public required string AppliedBy { get; init; }

    /// <summary>The last day for the decision.</summary>
    public DateOnly DecisionDueOn { get; init; }

    public RepairStatus Status { get; set; }

    public string? DecisionReasons { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }
}
