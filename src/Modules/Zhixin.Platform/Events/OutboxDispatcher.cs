using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhixin.Platform.Scoping;

namespace Zhixin.Platform.Events;

/// <summary>
/// Delivers the events waiting in every module's outbox to their handlers, oldest first, at least once. Each
/// handler runs in its own system scope, so one failing subscriber neither blocks nor undoes the others; a message
/// is marked dispatched only when all its handlers succeeded, else retried (up to <see cref="MaxAttempts"/>).
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceProvider services,
    IEnumerable<OutboxSource> sources,
    IEnumerable<IntegrationEventType> eventTypes,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : IDisposable
{
    public const int MaxAttempts = 10;
    private const int BatchSize = 200;

    private static readonly MethodInfo InvokeHandlerMethod =
        typeof(OutboxDispatcher).GetMethod(nameof(InvokeHandlerAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly SemaphoreSlim wake = new(0, 1);
    private readonly Dictionary<string, Type> types = eventTypes.ToDictionary(t => t.Name, t => t.ClrType, StringComparer.Ordinal);
    private readonly OutboxSource[] outboxes = sources.Distinct().ToArray();

    /// <summary>Asks the background job to dispatch now rather than at its next poll.</summary>
    public void Notify()
    {
        if (wake.CurrentCount == 0)
        {
            try
            {
                wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another publisher woke the job a moment earlier; one wake-up is enough.
            }
        }
    }

    internal Task<bool> WaitForWorkAsync(TimeSpan poll, CancellationToken cancellationToken) => wake.WaitAsync(poll, cancellationToken);

    /// <summary>Dispatches everything pending now; returns the number of messages delivered.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var delivered = 0;
            foreach (var outbox in outboxes)
            {
                delivered += await DrainAsync(outbox, cancellationToken);
            }

            return delivered;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<int> DrainAsync(OutboxSource outbox, CancellationToken cancellationToken)
    {
        await using var scope = SystemScope.Create(services, "platform:outbox");
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(outbox.ContextType);
        var pending = await context.Set<OutboxMessage>()
            .Where(m => m.DispatchedAt == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.OccurredAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var message in pending)
        {
            try
            {
                await DeliverAsync(message, cancellationToken);
                message.DispatchedAt = clock.GetUtcNow();
                message.LastError = null;
                delivered++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
                LogDeliveryFailed(logger, message.EventType, message.Id, message.Attempts, exception);
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        return delivered;
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!types.TryGetValue(message.EventType, out var type))
        {
            throw new InvalidOperationException($"Integration event type '{message.EventType}' is not declared.");
        }

        var integrationEvent = JsonSerializer.Deserialize(message.Payload, type, IntegrationEvents.Json)
            ?? throw new InvalidOperationException($"Integration event {message.Id} has an empty payload.");
        foreach (var subscribedType in SubscribableTypes(type))
        {
            var handlerType = typeof(IIntegrationEventSubscriber<>).MakeGenericType(subscribedType);
            var invoke = InvokeHandlerMethod.MakeGenericMethod(subscribedType);
            await using var probe = services.CreateAsyncScope();
            var count = probe.ServiceProvider.GetServices(handlerType).Count();
            for (var i = 0; i < count; i++)
            {
                await using var scope = SystemScope.Create(services, "platform:outbox");
                var handler = scope.ServiceProvider.GetServices(handlerType).ElementAt(i)!;
                await (Task)invoke.Invoke(null, [handler, integrationEvent, cancellationToken])!;
            }
        }
    }

    private static IEnumerable<Type> SubscribableTypes(Type eventType) =>
        new[] { eventType }.Concat(eventType.GetInterfaces()
            .Where(i => i != typeof(IIntegrationEvent) && typeof(IIntegrationEvent).IsAssignableFrom(i)));

    private static Task InvokeHandlerAsync<TEvent>(object handler, object integrationEvent, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent =>
        ((IIntegrationEventSubscriber<TEvent>)handler).HandleAsync((TEvent)integrationEvent, cancellationToken);

    public void Dispose()
    {
        gate.Dispose();
        wake.Dispose();
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Delivering integration event {EventType} {EventId} failed (attempt {Attempt})")]
    private static partial void LogDeliveryFailed(ILogger logger, string eventType, Guid eventId, int attempt, Exception exception);
}
