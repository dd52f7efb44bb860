using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Sylvan.Data.Csv;

namespace Zhixin.Benchmarks;

/// <summary>
/// The engine underneath, loading the same rows with nothing of ours in between: the CSV parsed by the same
/// library, each row turned into the table's columns, then SQLite prepared inserts in one transaction or
/// PostgreSQL binary COPY. No validation, no duplicate checks, no audit — the floor the import is held against.
/// </summary>
internal static class RawLoad
{
    private const string Columns = "id, credit_code, org_code, check_override, name, region_code, industry_code, status, legal_representative, address, established_on, created_at, created_by, updated_at, updated_by, revision";

    private static readonly Dictionary<string, string> Statuses = new()
    {
        ["存续"] = "Active", ["停业"] = "Suspended", ["迁出"] = "MovedOut", ["吊销"] = "Revoked", ["注销"] = "Deregistered", ["撤销"] = "Cancelled",
    };

    public static long Sqlite(string databaseFile, string csv)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile}");
        connection.Open();
        using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;";
            pragmas.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO enterprises ({Columns}) VALUES ($1, $2, $3, 0, $4, $5, $6, $7, $8, $9, $10, $11, 'raw', $11, 'raw', 1)";
        var parameters = Enumerable.Range(1, 11).Select(i => insert.Parameters.Add($"${i}", i == 11 ? SqliteType.Integer : SqliteType.Text)).ToArray();
        insert.Prepare();
        var now = DateTimeOffset.UtcNow.UtcTicks;
        long rows = 0;
        foreach (var row in Read(csv))
        {
            parameters[0].Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            parameters[1].Value = row[0];
            parameters[2].Value = row[0].Substring(8, 9);
            parameters[3].Value = row[1];
            parameters[4].Value = row[2];
            parameters[5].Value = row[4];
            parameters[6].Value = Statuses[row[5]];
            parameters[7].Value = row[6];
            parameters[8].Value = row[7];
            parameters[9].Value = row[8];
            parameters[10].Value = now;
            insert.ExecuteNonQuery();
            rows++;
        }

        transaction.Commit();
        return rows;
    }

    public static async Task<long> PostgresAsync(string connectionString, string csv)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var now = DateTimeOffset.UtcNow;
        long rows = 0;
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY register.enterprises ({Columns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in Read(csv))
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(row[0], NpgsqlDbType.Text);
                await copy.WriteAsync(row[0].Substring(8, 9), NpgsqlDbType.Text);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                await copy.WriteAsync(row[1], NpgsqlDbType.Text);
                await copy.WriteAsync(row[2], NpgsqlDbType.Text);
                await copy.WriteAsync(row[4], NpgsqlDbType.Text);
                await copy.WriteAsync(Statuses[row[5]], NpgsqlDbType.Text);
                await copy.WriteAsync(row[6], NpgsqlDbType.Text);
                await copy.WriteAsync(row[7], NpgsqlDbType.Text);
                await copy.WriteAsync(DateOnly.Parse(row[8], System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Date);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("raw", NpgsqlDbType.Text);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("raw", NpgsqlDbType.Text);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                rows++;
            }

            await copy.CompleteAsync();
        }

        await transaction.CommitAsync();
        return rows;
    }

    /// <summary>The generated file's columns in order: code, name, region, org code, industry, status, representative, address, date.</summary>
    private static IEnumerable<string[]> Read(string csv)
    {
        using var reader = CsvDataReader.Create(csv, new CsvDataReaderOptions { HasHeaders = true });
        var row = new string[9];
        while (reader.Read())
        {
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.GetString(i);
            }

            yield return row;
        }
    }
}
