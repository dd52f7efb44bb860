using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Zhixin.Platform.Events;

/// <summary>How modules declare, publish and subscribe to integration events.</summary>
public static class IntegrationEvents
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Declares an event type under a stable name; the name, not the CLR type, is what the outbox stores.</summary>
    public static IServiceCollection AddIntegrationEvent<TEvent>(this IServiceCollection services, string name)
        where TEvent : IIntegrationEvent
    {
        services.AddSingleton(new IntegrationEventType(name, typeof(TEvent)));
        return services;
    }

    /// <summary>Subscribes a handler to an event type (or to an interface such as <see cref="IEnterpriseEvent"/>).</summary>
    public static IServiceCollection AddIntegrationEventSubscriber<TEvent, TSubscriber>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where TSubscriber : class, IIntegrationEventSubscriber<TEvent>
    {
        services.AddScoped<IIntegrationEventSubscriber<TEvent>, TSubscriber>();
        return services;
    }

    /// <summary>Makes a module's DbContext an outbox the dispatcher drains; its model must call <see cref="MapOutbox"/>.</summary>
    public static IServiceCollection AddOutbox<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        services.AddSingleton(new OutboxSource(typeof(TContext)));
        services.TryAddSingleton<OutboxDispatcher>();
        return services;
    }

    /// <summary>Maps the outbox table of a module, named after it so table names stay unique on SQLite.</summary>
    public static void MapOutbox(this ModelBuilder modelBuilder, string moduleName)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable($"{moduleName}_outbox");
            message.HasKey(m => m.Id);
            message.Property(m => m.EventType).HasMaxLength(100);
            message.Property(m => m.LastError).HasMaxLength(2000);
            message.HasIndex(m => new { m.DispatchedAt, m.OccurredAt });
        });
    }

    /// <summary>Adds the event to the context's outbox; it is stored by the same SaveChanges as the change that raised it.</summary>
    public static void Publish(this DbContext context, IIntegrationEvent integrationEvent, string eventType)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        context.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            EventType = eventType,
            Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Json),
            OccurredAt = integrationEvent.OccurredAt,
        });
    }
}

/// <summary>A declared event: its stored name and CLR type.</summary>
public sealed record IntegrationEventType(string Name, Type ClrType);

/// <summary>A module DbContext holding an outbox table.</summary>
public sealed record OutboxSource(Type ContextType);
