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
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rows);
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk insert runs inside the caller's transaction, so that it is atomic with its batch record.");
        var entityType = context.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => new BulkColumn(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping(), p.GetGetter()))
            .ToList();

        return context.Database.IsNpgsql()
            ? await CopyAsync((NpgsqlConnection)transaction.Connection!, table, columns, rows, cancellationToken)
            : await InsertPreparedAsync(transaction, table, columns, rows, cancellationToken);
    }

    private static async Task<long> InsertPreparedAsync<T>(
        DbTransaction transaction, StoreObjectIdentifier table, List<BulkColumn> columns, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        await using var command = transaction.Connection!.CreateCommand();
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
        long count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                command.Parameters[i].Value = columns[i].ProviderValue(row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }

        return count;
    }

    private static async Task<long> CopyAsync<T>(
        NpgsqlConnection connection, StoreObjectIdentifier table, List<BulkColumn> columns, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        var qualified = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
        var types = columns.Select(c => NpgsqlTypeOf(c)).ToArray();
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {qualified} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        long count = 0;
        foreach (var row in rows)
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

        await importer.CompleteAsync(cancellationToken);
        return count;
    }

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

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record BulkColumn(IProperty Property, string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)
    {
        public object? ProviderValue(object entity)
        {
            var value = Getter.GetClrValueUsingContainingEntity(entity);
            return value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}
