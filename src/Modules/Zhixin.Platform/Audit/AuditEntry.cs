namespace Zhixin.Platform.Audit;

/// <summary>
/// One appended line of the audit log. Entries are never updated or deleted; each carries an HMAC-SM3 over
/// its fields and the previous entry's MAC, so altering, inserting or removing one breaks the chain.
/// </summary>
internal sealed class AuditEntry
{
    public long Sequence { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public required string ActorId { get; init; }

    public required string ActorName { get; init; }

    public required string Action { get; init; }

    public required string EntityType { get; init; }

    public string? EntityId { get; init; }

    public string? RegionCode { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    public string? Detail { get; init; }

    public required string Mac { get; init; }
}
