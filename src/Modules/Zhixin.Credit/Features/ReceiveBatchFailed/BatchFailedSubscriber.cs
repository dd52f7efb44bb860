using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Platform.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Inspection.Contracts;
using Zhixin.Platform.Events;

namespace Zhixin.Credit.Features.ReceiveBatchFailed;

/// <summary>
/// A failed spot-check batch becomes a negative record of the firm's credit file (监督抽查不合格), dated by the result,
/// and the firm is scored again. Delivery is at least once, so the batch is the record's key: a second delivery
/// finds its record and changes nothing.
/// </summary>
internal sealed class BatchFailedSubscriber(CreditDbContext db, EnterpriseRescorer rescorer, TimeProvider clock)
    : IIntegrationEventSubscriber<BatchFailed>
{
    public async Task HandleAsync(BatchFailed integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var reference = integrationEvent.BatchId.ToString("N");
        if (!await db.Records.IgnoreQueryFilters([ScopedDbContext.VoidedFilter])
                .AnyAsync(r => r.SourceModule == CreditSources.Inspection && r.SourceReference == reference, cancellationToken))
        {
            db.Records.Add(new CreditRecord
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                EnterpriseCreditCode = integrationEvent.CreditCode,
                EnterpriseName = integrationEvent.EnterpriseName,
                RegionCode = integrationEvent.RegionCode,
                Kind = CreditRecordKind.SpotCheckFailed,
                Severity = RecordSeverity.None,
                OccurredOn = integrationEvent.ResultIssuedOn,
                Title = integrationEvent.Title.Length <= 300 ? integrationEvent.Title : integrationEvent.Title[..299] + "…",
                DocumentNumber = integrationEvent.SamplingNumber,
                SourceModule = CreditSources.Inspection,
                SourceReference = reference,
                SourceLink = integrationEvent.Link,
                CreatedAt = clock.GetUtcNow(),
                CreatedBy = db.Caller.Name,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        await rescorer.RescoreAsync(integrationEvent.CreditCode, CreditSources.TriggerRecord, cancellationToken);
    }
}
