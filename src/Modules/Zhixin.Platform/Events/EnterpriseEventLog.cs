using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Data;

namespace Zhixin.Platform.Events;

/// <summary>What has happened to an enterprise across the modules, newest first; callers check the enterprise's scope first.</summary>
public interface IEnterpriseEventLog
{
    Task<IReadOnlyList<EnterpriseEventView>> ListAsync(string creditCode, CancellationToken cancellationToken);
}

public sealed record EnterpriseEventView(Guid Id, string Kind, string Title, string? Link, DateOnly OccurredOn, DateTimeOffset RecordedAt);

/// <summary>Subscribes to every <see cref="IEnterpriseEvent"/> and keeps it for the enterprise's page.</summary>
internal sealed class EnterpriseEventLog(PlatformDbContext db, TimeProvider clock)
    : IEnterpriseEventLog, IIntegrationEventSubscriber<IEnterpriseEvent>
{
    public async Task<IReadOnlyList<EnterpriseEventView>> ListAsync(string creditCode, CancellationToken cancellationToken) =>
        await db.EnterpriseEvents.AsNoTracking()
            .Where(e => e.CreditCode == creditCode)
            .OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.RecordedAt)
            .Select(e => new EnterpriseEventView(e.Id, e.Kind, e.Title, e.Link, e.OccurredOn, e.RecordedAt))
            .ToListAsync(cancellationToken);

    public async Task HandleAsync(IEnterpriseEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (await db.EnterpriseEvents.AnyAsync(e => e.Id == integrationEvent.EventId, cancellationToken))
        {
            return;
        }

        db.EnterpriseEvents.Add(new EnterpriseEventEntry
        {
            Id = integrationEvent.EventId,
            CreditCode = integrationEvent.CreditCode,
            RegionCode = integrationEvent.RegionCode,
            Kind = integrationEvent.Kind,
            Title = integrationEvent.Title,
            Link = integrationEvent.Link,
            OccurredOn = integrationEvent.OccurredOn,
            RecordedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
