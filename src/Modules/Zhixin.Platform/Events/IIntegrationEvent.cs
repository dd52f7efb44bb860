namespace Zhixin.Platform.Events;

/// <summary>
/// Something that happened in a module which modules above it may act on (a failed batch lowers credit, opens a
/// follow-up, feeds risk signals). Events are stored in the publishing module's outbox in the same transaction as
/// the change, then delivered at least once; handlers must therefore be idempotent (the event id is the key).
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}

/// <summary>
/// An event about one enterprise that belongs on its page (企业档案): the platform records every such event in the
/// enterprise event log, so the register shows it without knowing the module that raised it.
/// </summary>
public interface IEnterpriseEvent : IIntegrationEvent
{
    string CreditCode { get; }

    /// <summary>The enterprise's region, the log entry's security label.</summary>
    string RegionCode { get; }

    /// <summary>The event's stable name, e.g. "inspection.batch-failed".</summary>
    string Kind { get; }

    /// <summary>One line saying what happened, as stored record content (zh-CN), e.g. the product and the failing items.</summary>
    string Title { get; }

    /// <summary>Where the details are, a site-relative path, or null.</summary>
    string? Link { get; }

    DateOnly OccurredOn { get; }
}

/// <summary>Acts on one kind of integration event. Registered with <see cref="IntegrationEvents.AddIntegrationEventSubscriber{TEvent, TSubscriber}"/>.</summary>
public interface IIntegrationEventSubscriber<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
