using System.Data.Common;

namespace Zhixin.Benchmarks;

/// <summary>
/// The yardstick of the statistics benchmark: the pass-rate aggregate of one sampling year grouped by product and
/// county, written by hand. The tests run it beside the statistics handler on a small generated set, so the
/// benchmark is known to time the same computation.
/// </summary>
internal static class PassRateSql
{
    /// <summary>
    /// The straightforward form: one scan of the year, COUNT(DISTINCT) per cell. SQLite (3.30 and later) and
    /// PostgreSQL both accept aggregate FILTER clauses, so only the table's name differs.
    /// </summary>
    public static string Direct(bool postgres) => $"""
        SELECT product_code, region_code,
               count(*),
               count(*) FILTER (WHERE verdict = 2),
               count(DISTINCT enterprise_credit_code),
               count(DISTINCT enterprise_credit_code) FILTER (WHERE verdict = 2)
        FROM {Table(postgres)}
        WHERE sample_year = @year AND verdict IS NOT NULL AND voided_at IS NULL
        GROUP BY product_code, region_code
        """;

    /// <summary>
    /// The same numbers in two steps: first one row per cell and enterprise (a hash aggregate, which PostgreSQL can
    /// split across parallel workers, whereas it cannot parallelise COUNT(DISTINCT)), then the enterprises are
    /// counted as those rows, and those with a failure as the rows whose failure count is not zero.
    /// </summary>
    public static string PerFirm(bool postgres) => $"""
        SELECT product_code, region_code, CAST(sum(tested) AS bigint), CAST(sum(failed) AS bigint), count(*), count(*) FILTER (WHERE failed > 0)
        FROM (
            SELECT product_code, region_code, enterprise_credit_code,
                   count(*) AS tested, count(*) FILTER (WHERE verdict = 2) AS failed
            FROM {Table(postgres)}
            WHERE sample_year = @year AND verdict IS NOT NULL AND voided_at IS NULL
            GROUP BY product_code, region_code, enterprise_credit_code
        ) AS firms
        GROUP BY product_code, region_code
        """;

    /// <summary>Runs one of the queries on an open connection and returns its cells keyed by (product, county).</summary>
    public static async Task<Dictionary<(string Product, string Region), Cell>> RunAsync(
        DbConnection connection, string sql, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The SQL is one of this class's constants; the year is a parameter.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.CommandTimeout = 0;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "year";
        parameter.Value = year;
        command.Parameters.Add(parameter);
        var cells = new Dictionary<(string, string), Cell>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cells.Add((reader.GetString(0), reader.GetString(1)),
                new Cell(reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5)));
        }

        return cells;
    }

    private static string Table(bool postgres) => postgres ? "inspection.batches" : "batches";

    /// <summary>Batches tested and failed, enterprises sampled and enterprises with a failing batch.</summary>
    internal readonly record struct Cell(long Tested, long Failed, long Firms, long FirmsFailed);
}
