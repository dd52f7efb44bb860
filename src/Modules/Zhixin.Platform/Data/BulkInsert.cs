using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Zhixin.Platform.Data;

/// <summary>
/// Inserts many entities without change tracking, inside the caller's transaction: binary COPY on
/// PostgreSQL, one prepared INSERT re-executed per row on SQLite. Column names, value conversions and
/// parameter types come from the EF Core model, so the rows read back exactly as if EF had written them.
/// </summary>
public static class BulkInsert
{
    public static async Task<long> InsertAsync<T>(DbContext context, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var writer = await BeginAsync<T>(context, cancellationToken);
        foreach (var row in rows)
        {
            await writer.WriteAsync(row, cancellationToken);
        }

        return await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// Opens a writer that stays open across many rows (one COPY, or one prepared statement). While a COPY is
    /// open the connection can do nothing else: read through another connection meanwhile.
    /// </summary>
    public static async Task<IBulkWriter<T>> BeginAsync<T>(DbContext context, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk insert runs inside the caller's transaction, so that it is atomic with its batch record.");
        var entityType = context.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => new BulkColumn(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping(), p.GetGetter()))
            .ToList();

        return context.Database.IsNpgsql()
            ? await CopyWriter<T>.StartAsync((NpgsqlConnection)transaction.Connection!, table, columns, cancellationToken)
            : await PreparedWriter<T>.StartAsync(transaction, table, columns, cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed class PreparedWriter<T> : IBulkWriter<T>
        where T : class
    {
        private readonly DbCommand command;
        private readonly List<BulkColumn> columns;
        private long count;

        private PreparedWriter(DbCommand command, List<BulkColumn> columns)
        {
            this.command = command;
            this.columns = columns;
        }

        public static async Task<IBulkWriter<T>> StartAsync(DbTransaction transaction, StoreObjectIdentifier table, List<BulkColumn> columns, CancellationToken cancellationToken)
        {
            var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
            var values = string.Join(", ", columns.Select((_, i) => $"@p{i}"));
#pragma warning disable CA2100 // Identifiers come from the EF model; every value is a parameter.
            command.CommandText = $"INSERT INTO {Quote(table.Name)} ({names}) VALUES ({values})";
#pragma warning restore CA2100
            for (var i = 0; i < columns.Count; i++)
            {
                // The type mapping configures the parameter as EF would (e.g. a Guid bound as TEXT on SQLite).
                command.Parameters.Add(columns[i].Mapping.CreateParameter(command, $"@p{i}", null, nullable: true));
            }

            await command.PrepareAsync(cancellationToken);
            return new PreparedWriter<T>(command, columns);
        }

        public async ValueTask WriteAsync(T row, CancellationToken cancellationToken)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                command.Parameters[i].Value = columns[i].ProviderValue(row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }

        public ValueTask<long> CompleteAsync(CancellationToken cancellationToken) => ValueTask.FromResult(count);

        public ValueTask DisposeAsync() => command.DisposeAsync();
    }

    private sealed class CopyWriter<T> : IBulkWriter<T>
        where T : class
    {
        private readonly NpgsqlBinaryImporter importer;
        private readonly List<BulkColumn> columns;
        private readonly NpgsqlDbType[] types;
        private long count;

        private CopyWriter(NpgsqlBinaryImporter importer, List<BulkColumn> columns)
        {
            this.importer = importer;
            this.columns = columns;
            types = [.. columns.Select(NpgsqlTypeOf)];
        }

        public static async Task<IBulkWriter<T>> StartAsync(NpgsqlConnection connection, StoreObjectIdentifier table, List<BulkColumn> columns, CancellationToken cancellationToken)
        {
            var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
            var qualified = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
            var importer = await connection.BeginBinaryImportAsync($"COPY {qualified} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            return new CopyWriter<T>(importer, columns);
        }

        public async ValueTask WriteAsync(T row, CancellationToken cancellationToken)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].ProviderValue(row);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, types[i], cancellationToken);
                }
            }

            count++;
        }

        public async ValueTask<long> CompleteAsync(CancellationToken cancellationToken)
        {
            await importer.CompleteAsync(cancellationToken);
            return count;
        }

        /// <summary>Disposing without completing cancels the COPY; the caller's transaction then rolls back.</summary>
        public ValueTask DisposeAsync() => importer.DisposeAsync();

        private static NpgsqlDbType NpgsqlTypeOf(BulkColumn column)
        {
            var type = column.Mapping.Converter?.ProviderClrType ?? column.Property.ClrType;
            type = Nullable.GetUnderlyingType(type) ?? type;
            return type switch
            {
                _ when type == typeof(string) => NpgsqlDbType.Text,
                _ when type == typeof(Guid) => NpgsqlDbType.Uuid,
                _ when type == typeof(bool) => NpgsqlDbType.Boolean,
                _ when type == typeof(int) => NpgsqlDbType.Integer,
                _ when type == typeof(long) => NpgsqlDbType.Bigint,
                _ when type == typeof(decimal) => NpgsqlDbType.Numeric,
                _ when type == typeof(double) => NpgsqlDbType.Double,
                _ when type == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
                _ when type == typeof(DateOnly) => NpgsqlDbType.Date,
                _ => throw new NotSupportedException($"Bulk insert has no PostgreSQL type for {type.Name} ({column.Name})."),
            };
        }
    }

    private sealed record BulkColumn(IProperty Property, string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)
    {
        public object? ProviderValue(object entity)
        {
            var value = Getter.GetClrValueUsingContainingEntity(entity);
            return value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}

/// <summary>An open bulk insert: rows go in one by one; <see cref="CompleteAsync"/> finishes it and returns the count.</summary>
public interface IBulkWriter<in T> : IAsyncDisposable
{
    ValueTask WriteAsync(T row, CancellationToken cancellationToken);

    ValueTask<long> CompleteAsync(CancellationToken cancellationToken);
}
