using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;

namespace Zhixin.Platform.Audit;

/// <summary>
/// The one place where changes to audited entities become audit entries: before saving it records before
/// and after values and makes sure a transaction is open; after saving it appends the entries in that same
/// transaction and commits it if it opened it.
/// </summary>
internal sealed class AuditInterceptor(AuditLog auditLog) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions SnapshotJson = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private List<AuditRecord>? pendingRecords;
    private IDbContextTransaction? ownTransaction;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context;
        if (context is null)
        {
            return result;
        }

        var records = Collect(context.ChangeTracker);
        if (records.Count > 0)
        {
            pendingRecords = records;
            if (context.Database.CurrentTransaction is null)
            {
                ownTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
            }
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new NotSupportedException("Audited changes are saved with SaveChangesAsync.");

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (pendingRecords is { } records && eventData.Context is { } context)
        {
            pendingRecords = null;
            try
            {
                await auditLog.AppendAsync(context, records, cancellationToken);
                if (ownTransaction is not null)
                {
                    await ownTransaction.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                await DisposeOwnTransactionAsync();
            }
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        pendingRecords = null;
        await DisposeOwnTransactionAsync();
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        pendingRecords = null;
        await DisposeOwnTransactionAsync();
    }

    private async Task DisposeOwnTransactionAsync()
    {
        if (ownTransaction is not null)
        {
            // Disposing an uncommitted transaction rolls it back.
            await ownTransaction.DisposeAsync();
            ownTransaction = null;
        }
    }

    private static List<AuditRecord> Collect(ChangeTracker tracker)
    {
        var records = new List<AuditRecord>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is not IAudited || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var type = entry.Metadata.ClrType.Name;
            var id = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
            var region = (entry.Entity as IRegionScoped)?.RegionCode;
            switch (entry.State)
            {
                case EntityState.Added:
                    records.Add(new AuditRecord(AuditActions.Create, type, id, region, After: Snapshot(entry, current: true, onlyModified: false)));
                    break;
                case EntityState.Deleted:
                    records.Add(new AuditRecord(AuditActions.Delete, type, id, region, Before: Snapshot(entry, current: false, onlyModified: false)));
                    break;
                case EntityState.Modified:
                    var voided = entry.Entity is IVoidable voidable && voidable.VoidedAt is not null
                        && entry.Property(nameof(IVoidable.VoidedAt)).IsModified;
                    records.Add(new AuditRecord(
                        voided ? AuditActions.Void : AuditActions.Update,
                        type,
                        id,
                        region,
                        Before: Snapshot(entry, current: false, onlyModified: true),
                        After: Snapshot(entry, current: true, onlyModified: true)));
                    break;
            }
        }

        return records;
    }

    private static string Snapshot(EntityEntry entry, bool current, bool onlyModified)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (onlyModified && !property.IsModified)
            {
                continue;
            }

            var value = current ? property.CurrentValue : property.OriginalValue;
            values[property.Metadata.Name] = value is byte[] content ? Digest(content) : value;
        }

        return JsonSerializer.Serialize(values, SnapshotJson);
    }

    // Files stored in the database (attachments) enter the log by length and hash: the log proves what was
    // stored without holding a second copy of every upload.
    private static string Digest(byte[] content) =>
        $"{content.Length} bytes, sha256:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content))}";
}

/// <summary>Moves the audit anchor forward once the transaction that appended entries has committed.</summary>
internal sealed class AuditCommitInterceptor(AuditLog auditLog) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        auditLog.OnCommitted(transaction);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        auditLog.OnCommitted(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        auditLog.OnRolledBack(transaction);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        auditLog.OnRolledBack(transaction);
        return Task.CompletedTask;
    }
}
