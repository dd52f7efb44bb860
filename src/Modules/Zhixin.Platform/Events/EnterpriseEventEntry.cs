namespace Zhixin.Platform.Events;

/// <summary>
/// One event about an enterprise, as its page lists it (企业档案 · 质量事件), whichever module raised it. The platform
/// context has no region filter: entries are read only by credit code, after the caller found the enterprise in scope.
/// </summary>
internal sealed class EnterpriseEventEntry
{
    /// <summary>The integration event's id, so a redelivered event is recorded once.</summary>
    public Guid Id { get; init; }

    public required string CreditCode { get; init; }

    public required string RegionCode { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    public string? Link { get; init; }

    public DateOnly OccurredOn { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
