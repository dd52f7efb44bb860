namespace Zhixin.Platform.Events;

/// <summary>
/// An integration event waiting in a module's outbox table (one per publishing module, in its own schema), written
/// in the same transaction as the change that raised it, so an event is never lost nor sent for a rolled-back change.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>The registered event name, e.g. "inspection.batch-failed".</summary>
    public required string EventType { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? DispatchedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
