using Zhixin.Platform.Audit;

namespace Zhixin.Credit.Domain;

/// <summary>
/// What another department may read through the sharing API (信息共享): the firms of one region and everything below it,
/// the kinds of data named by its scopes, until its expiry date. Issued by a regulator no wider than the regulator's own
/// region, with a bearer token shown once (only the hash is kept). Revoked, never deleted: the audit of reads names it.
/// </summary>
internal sealed class SharingGrant : IAudited
{
    public Guid Id { get; init; }

    public required string DepartmentCode { get; init; }

    public required string DepartmentName { get; init; }

    /// <summary>The region whose firms (and everything below) the department may read.</summary>
    public required string RegionCode { get; init; }

    /// <summary>The data scopes (<see cref="Sharing.SharingScopes"/>), comma-separated.</summary>
    public required string Scopes { get; init; }

    public required string Purpose { get; init; }

    /// <summary>The last day the token works (Beijing time).</summary>
    public DateOnly ExpiresOn { get; init; }

    /// <summary>Lowercase hex SHA-256 of the token.</summary>
    public required string TokenHash { get; init; }

    /// <summary>The token's first characters, to tell tokens apart in lists and logs.</summary>
    public required string TokenHint { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public required string IssuedBy { get; init; }

    /// <summary>The issuer's region: a grant is listed to the regulators whose region holds it.</summary>
    public required string IssuerRegionCode { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public string? RevokeReason { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// One change to a firm's credit data as the change feed hands it out. Written in the transaction of the change itself;
/// its <see cref="Sequence"/> is given later, by the feed, in the order the changes became visible (see docs).
/// </summary>
internal sealed class CreditChange
{
    public Guid Id { get; init; }

    /// <summary>Null until the feed stamps it; then unique and increasing in the order of visibility.</summary>
    public long? Sequence { get; set; }

    public required string CreditCode { get; init; }

    public required string RegionCode { get; init; }

    /// <summary><see cref="Sharing.CreditChangeKinds"/>: grade, record, listing.</summary>
    public required string Kind { get; init; }

    public Guid SubjectId { get; init; }

    /// <summary>What changed, in a stable code: "B→C", "added", "voided", "black:listed".</summary>
    public required string Change { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}

/// <summary>A department watching a firm (关注): it is notified of the firm's grade, listings and new records.</summary>
internal sealed class WatchSubscription : IAudited
{
    public Guid Id { get; init; }

    public required string DepartmentCode { get; init; }

    public required string CreditCode { get; init; }

    public required string RegionCode { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset? RemovedAt { get; set; }

    public string? RemovedBy { get; set; }
}

/// <summary>A change to a watched firm, stored for the watching department in the transaction of the change.</summary>
internal sealed class WatchNotification
{
    /// <summary>Increasing per insert: the "since" cursor of a department's notifications.</summary>
    public long Number { get; init; }

    public required string DepartmentCode { get; init; }

    public required string CreditCode { get; init; }

    public required string Kind { get; init; }

    public required string Change { get; init; }

    public Guid SubjectId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }

    public string? ReadBy { get; set; }
}
