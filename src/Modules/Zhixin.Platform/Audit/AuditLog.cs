using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;

namespace Zhixin.Platform.Audit;

internal sealed class AuditLog(AuditKey key, AuditAnchor anchor, TimeProvider clock, ICallerContext callerContext) : IAuditLog
{
    // Any constant works; it names the lock that serialises appenders on PostgreSQL.
    private const long PostgresLockKey = 0x5A48_4958_4155_4454;

    private (DbTransaction Transaction, AuditAnchor.Head Head)? pending;

    public Task AppendAsync(DbContext context, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken) =>
        AppendAsync(context, records, callerContext.Current, cancellationToken);

    private async Task AppendAsync(DbContext context, IReadOnlyList<AuditRecord> records, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return;
        }

        var transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Audit entries are appended inside the transaction of the change they record.");
        var connection = transaction.Connection!;
        var postgres = context.Database.IsNpgsql();
        var table = postgres ? $"{AuditTables.Schema}.{AuditTables.Entries}" : AuditTables.Entries;

        if (postgres)
        {
            await using var lockCommand = Command(connection, transaction, "SELECT pg_advisory_xact_lock(@key)");
            AddParameter(lockCommand, "key", PostgresLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        var (lastSequence, lastMac) = await ReadLastAsync(connection, transaction, table, cancellationToken);
        var secret = lastSequence == 0 && !key.Exists ? key.Create() : key.Read();
        // PostgreSQL keeps microseconds; the MAC must cover exactly what is stored.
        var ticks = clock.GetUtcNow().UtcTicks;
        var now = new DateTimeOffset(ticks - (ticks % 10), TimeSpan.Zero);

        await using var insert = Command(connection, transaction,
            $"""
            INSERT INTO {table} (sequence, occurred_at, actor_id, actor_name, action, entity_type, entity_id, region_code, before, after, detail, mac)
            VALUES (@sequence, @occurred_at, @actor_id, @actor_name, @action, @entity_type, @entity_id, @region_code, @before, @after, @detail, @mac)
            """);
        foreach (var record in records)
        {
            var entry = new AuditEntry
            {
                Sequence = ++lastSequence,
                OccurredAt = now,
                ActorId = caller.Id,
                ActorName = caller.Name,
                Action = record.Action,
                EntityType = record.EntityType,
                EntityId = record.EntityId,
                RegionCode = record.RegionCode,
                Before = record.Before,
                After = record.After,
                Detail = record.Detail,
                Mac = "",
            };
            var mac = AuditMac.Compute(secret, lastMac, entry);
            insert.Parameters.Clear();
            AddParameter(insert, "sequence", entry.Sequence);
            AddParameter(insert, "occurred_at", postgres ? entry.OccurredAt : entry.OccurredAt.UtcTicks);
            AddParameter(insert, "actor_id", entry.ActorId);
            AddParameter(insert, "actor_name", entry.ActorName);
            AddParameter(insert, "action", entry.Action);
            AddParameter(insert, "entity_type", entry.EntityType);
            AddParameter(insert, "entity_id", entry.EntityId);
            AddParameter(insert, "region_code", entry.RegionCode);
            AddParameter(insert, "before", entry.Before);
            AddParameter(insert, "after", entry.After);
            AddParameter(insert, "detail", entry.Detail);
            AddParameter(insert, "mac", mac);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            lastMac = mac;
        }

        pending = (transaction, new AuditAnchor.Head(lastSequence, lastMac!));
    }

    public async Task AppendStandaloneAsync(DbContext context, AuditRecord record, Caller? actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = actor ?? callerContext.Current;
        if (context.Database.CurrentTransaction is not null)
        {
            await AppendAsync(context, [record], caller, cancellationToken);
            return;
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await AppendAsync(context, [record], caller, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Called by the transaction interceptor once the transaction holding new entries has committed.</summary>
    public void OnCommitted(DbTransaction transaction)
    {
        if (pending is { } p && ReferenceEquals(p.Transaction, transaction))
        {
            anchor.Advance(p.Head);
            pending = null;
        }
    }

    public void OnRolledBack(DbTransaction transaction)
    {
        if (pending is { } p && ReferenceEquals(p.Transaction, transaction))
        {
            pending = null;
        }
    }

    private static async Task<(long Sequence, string? Mac)> ReadLastAsync(
        DbConnection connection, DbTransaction transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"SELECT sequence, mac FROM {table} ORDER BY sequence DESC LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1)) : (0, null);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // The SQL text is built from constants only; every value is a parameter.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}

internal static class AuditTables
{
    public const string Schema = "platform";
    public const string Entries = "audit_entries";
}
