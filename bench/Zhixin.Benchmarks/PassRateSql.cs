using System.Data.Common;

namespace Zhixin.Benchmarks;

/// <summary>
/// The yardstick of the statistics benchmark: the pass rates of one sampling year grouped by product and county,
/// written by hand. SQLite (3.30 and later) and PostgreSQL both accept aggregate FILTER clauses, so only the table's
/// name differs. The tests run these queries beside the statistics handler on a small generated set, so the
/// benchmark is known to time the same computation.
/// </summary>
internal static class PassRateSql
{
    /// <summary>The straightforward form: one scan of the year, COUNT(DISTINCT) per cell.</summary>
    public static string Direct(bool postgres, bool scoped = false) => $"""
        SELECT product_code, region_code,
               count(*),
               count(*) FILTER (WHERE verdict = 2),
               count(DISTINCT enterprise_credit_code),
               count(DISTINCT enterprise_credit_code) FILTER (WHERE verdict = 2)
        FROM {Table(postgres)}
        {Where(scoped)}
        GROUP BY product_code, region_code
        """;

    /// <summary>
    /// The same numbers in two steps: first one row per cell and enterprise (a hash aggregate, which PostgreSQL can
    /// split across parallel workers, whereas it cannot parallelise COUNT(DISTINCT)), then the enterprises are
    /// counted as those rows, and those with a failure as the rows whose failure count is not zero.
    /// </summary>
    public static string PerFirm(bool postgres, bool scoped = false) => $"""
        SELECT product_code, region_code, CAST(sum(tested) AS bigint), CAST(sum(failed) AS bigint), count(*), count(*) FILTER (WHERE failed > 0)
        FROM (
            SELECT product_code, region_code, enterprise_credit_code,
                   count(*) AS tested, count(*) FILTER (WHERE verdict = 2) AS failed
            FROM {Table(postgres)}
            {Where(scoped)}
            GROUP BY product_code, region_code, enterprise_credit_code
        ) AS firms
        GROUP BY product_code, region_code
        """;

    /// <summary>Batches tested and failed per cell, no enterprises (the year before is compared by its batch rate only).</summary>
    public static string BatchesOnly(bool postgres, bool scoped = false) => $"""
        SELECT product_code, region_code, count(*), count(*) FILTER (WHERE verdict = 2), 0, 0
        FROM {Table(postgres)}
        {Where(scoped)}
        GROUP BY product_code, region_code
        """;

    /// <summary>The totals row: one row with empty keys, whose enterprises are counted once across all cells.</summary>
    public static string Totals(bool postgres, bool scoped = false) => $"""
        SELECT '', '',
               count(*),
               count(*) FILTER (WHERE verdict = 2),
               count(DISTINCT enterprise_credit_code),
               count(DISTINCT enterprise_credit_code) FILTER (WHERE verdict = 2)
        FROM {Table(postgres)}
        {Where(scoped)}
        """;

    /// <summary>The trend chart's batches per year, for the five years up to the year asked for.</summary>
    public static string TrendBatches(bool postgres, bool scoped = false) => $"""
        SELECT CAST(sample_year AS text), '', count(*), count(*) FILTER (WHERE verdict = 2), 0, 0
        FROM {Table(postgres)}
        {Where(scoped).Replace("sample_year = @year", "sample_year BETWEEN @year - 4 AND @year", StringComparison.Ordinal)}
        GROUP BY sample_year
        """;

    /// <summary>
    /// Runs one of the queries on an open connection and returns its cells keyed by (product, county). A scoped query
    /// counts the counties from <paramref name="regionFrom"/> to <paramref name="regionTo"/> only.
    /// </summary>
    public static async Task<Dictionary<(string Product, string Region), Cell>> RunAsync(
        DbConnection connection, string sql, int year, string regionFrom = "000000", string regionTo = "999999", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The SQL is one of this class's constants; the values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.CommandTimeout = 0;
        Add(command, "year", year);
        Add(command, "from", regionFrom);
        Add(command, "to", regionTo);
        var cells = new Dictionary<(string, string), Cell>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cells.Add((reader.GetString(0), reader.GetString(1)),
                new Cell(reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5)));
        }

        return cells;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        if (command.CommandText.Contains("@" + name, StringComparison.Ordinal))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }

    private static string Table(bool postgres) => postgres ? "inspection.batches" : "batches";

    private static string Where(bool scoped) =>
        "WHERE sample_year = @year AND verdict IS NOT NULL AND voided_at IS NULL"
        + (scoped ? " AND region_code >= @from AND region_code <= @to" : "");

    /// <summary>Batches tested and failed, enterprises sampled and enterprises with a failing batch.</summary>
    internal readonly record struct Cell(long Tested, long Failed, long Firms, long FirmsFailed);
}
