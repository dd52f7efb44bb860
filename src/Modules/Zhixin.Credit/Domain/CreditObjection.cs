using Zhixin.Platform.Audit;
using Zhixin.Platform.Scoping;

namespace Zhixin.Credit.Domain;

/// <summary>What an objection or a repair application is against: a listing or a record of the firm's file.</summary>
internal enum CreditTarget
{
    Listing = 1,
    Record = 2,
}

internal enum ObjectionStatus
{
    Open = 1,
    Upheld = 2,
    Rejected = 3,
}

/// <summary>
/// An objection (异议) by a firm, or a regulator on its behalf, against a listing (from its pre-listing notice on) or
/// a record of its credit file, with the grounds; the regulator reviews it within the time limit and upholds it (the
/// listing revoked or the record voided) or rejects it with reasons. Every step keeps who took it and when.
/// </summary>
internal sealed class CreditObjection : ICreditCase, IAudited
{
    public Guid Id { get; init; }

    [EnterpriseOwnerKey]
    public required string EnterpriseCreditCode { get; init; }

    public required string EnterpriseName { get; init; }

    /// <summary>The region of the listing or record objected to: the objection's security label.</summary>
    public required string RegionCode { get; init; }

    public CreditTarget Target { get; init; }

    public Guid? ListingId { get; init; }

    public Guid? RecordId { get; init; }

    /// <summary>True for an objection to a pre-listing notice, raised within the statement period; the decision waits for it.</summary>
    public bool AgainstNotice { get; init; }

    public required string Grounds { get; init; }

    public int RulesVersion { get; init; }

    public DateOnly RaisedOn { get; init; }

    public DateTimeOffset RaisedAt { get; init; }

    public required string RaisedBy { get; init; }

    /// <summary>True when the firm's own account raised it, false when a regulator did on its behalf.</summary>
    public bool RaisedByFirm { get; init; }

    /// <summary>The last day of the review time limit.</summary>
    public DateOnly ReviewDueOn { get; init; }

    public ObjectionStatus Status { get; set; }

    public string? DecisionReasons { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }
}
