using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Zhixin.Benchmarks.Infrastructure;
using Zhixin.Host;
using Zhixin.Inspection;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Features.GenerateBatches;
using Zhixin.Inspection.Features.GetPassRates;
using Zhixin.Plans;
using Zhixin.Platform;
using Zhixin.Platform.Data;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Identity.CreateAccount;
using Zhixin.Platform.Regions;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;
using Zhixin.Register;
using Zhixin.Tests.Infrastructure;
using Cell = Zhixin.Benchmarks.PassRateSql.Cell;

namespace Zhixin.Benchmarks;

/// <summary>
/// The spot-check statistics at scale: N generated results, then the pass rates of one year by product × county
/// through the statistics handler, against the same aggregate as hand-written SQL on the same engine and against
/// DuckDB over the same rows in Parquet; and the statistics page over HTTP. Every figure is a median and p90 of
/// repeated runs after a warm-up, and every engine's cells are checked equal before anything is timed.
/// </summary>
internal static class InspectionBenchmark
{
    /// <summary>A whole year with the year before it in the generated five (2022–2026).</summary>
    private const int Year = 2025;
    private const int Seed = 1;
    private const string Password = "Bench@Zhixin2026";

    /// <summary>The covering index the tuning adds: the year's rows in group order, with everything the aggregate reads.</summary>
    private const string CoveringIndex = """
        CREATE INDEX ix_batches_statistics ON inspection.batches (sample_year, product_code, region_code)
            INCLUDE (verdict, enterprise_credit_code, voided_at)
        """;

    private static readonly GetPassRatesRequest Request = new(
        Year, null, null, null, "product,region", "county", null, null, null, null, null, null, null, null, null, null);

    public static async Task<string> RunAsync(string work, long rows, string engines, int samples)
    {
        Environment.SetEnvironmentVariable("Zhixin__Audit__KeyFile", Path.Combine(work, "keys", "audit-hmac.key"));
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"rows: {rows:N0}; year {Year}; machine: {Environment.ProcessorCount} cores, {Machine.Cpu()}, {Machine.MemoryGiB()} GiB; {DateTime.UtcNow:yyyy-MM-dd}");
        try
        {
            if (engines is "postgres" or "both")
            {
                await using var postgres = new PostgresCluster();
                await postgres.InitializeAsync();
                var database = $"postgres:{await postgres.CreateDatabaseAsync()}";
                await new Run(report, work, database, rows, samples).PostgresAsync();
            }

            if (engines is "sqlite" or "both")
            {
                await new Run(report, work, $"sqlite:{Path.Combine(work, "statistics.db")}", rows, samples).SqliteAsync();
            }
        }
        catch
        {
            // A run of an hour should not lose what it measured before failing.
            await Console.Error.WriteLineAsync(report.ToString());
            throw;
        }

        return report.ToString();
    }

    /// <summary>One engine's run: its database, the app's services on it and the report's lines.</summary>
    private sealed class Run(StringBuilder report, string work, string database, long rows, int samples)
    {
        private readonly bool postgres = database.StartsWith("postgres:", StringComparison.Ordinal);
        private Dictionary<(string, string), Cell> expected = [];

        private string Engine => postgres ? "PostgreSQL" : "SQLite";

        private string ConnectionString => DatabaseTarget.Parse(database).ConnectionString;

        public async Task PostgresAsync()
        {
            using var host = await PrepareAsync();
            await ExecuteAsync("VACUUM ANALYZE inspection.batches");
            report.AppendLine(CultureInfo.InvariantCulture, $"table inspection.batches: {await ScalarAsync("SELECT pg_size_pretty(pg_total_relation_size('inspection.batches'))")} with indexes; rows of {Year} in the aggregate: {expected.Values.Sum(c => c.Tested):N0} in {expected.Count:N0} cells");
            report.AppendLine();
            Header("configuration");

            // As migrated: the (sample_year, product_code, region_code) index, default engine settings.
            var direct = await TimeSqlAsync("as migrated", "hand-written SQL, COUNT(DISTINCT)", PassRateSql.Direct(true), baseline: null);
            await TimeSqlAsync("as migrated", "hand-written SQL, serial (no parallel workers)", "SET max_parallel_workers_per_gather = 0", PassRateSql.Direct(true), direct);
            var perFirm = await TimeSqlAsync("as migrated", "hand-written SQL, per-firm pre-aggregate", PassRateSql.PerFirm(true), direct);
            var best = Math.Min(direct, perFirm);
            await TimeHandlerAsync(host, "as migrated", best);

            // Tuned, step 1: no JIT compilation. PostgreSQL compiles any query whose estimated cost is high, and on
            // two cores compiling these aggregates costs seconds. A database setting, so the app's connections get it too.
            await ExecuteAsync("DO $$BEGIN EXECUTE format('ALTER DATABASE %I SET jit = off', current_database()); END$$");
            NpgsqlConnection.ClearAllPools();
            await using (var scope = SystemScope.Create(host.Services, "bench"))
            {
                var jit = await scope.ServiceProvider.GetRequiredService<InspectionDbContext>().Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync();
                if (jit != "off")
                {
                    throw new InvalidOperationException("The app's pooled connections still compile with JIT.");
                }
            }

            direct = await TimeSqlAsync("jit = off", "hand-written SQL, COUNT(DISTINCT)", PassRateSql.Direct(true), baseline: null);
            perFirm = await TimeSqlAsync("jit = off", "hand-written SQL, per-firm pre-aggregate", PassRateSql.PerFirm(true), direct);
            best = Math.Min(direct, perFirm);
            await TimeHandlerAsync(host, "jit = off", best);

            // Step 2: a covering index for an index-only scan of the year (the visibility map is set by VACUUM).
            await ExecuteAsync(CoveringIndex);
            await ExecuteAsync("VACUUM ANALYZE inspection.batches");
            direct = await TimeSqlAsync("jit = off, covering index", "hand-written SQL, COUNT(DISTINCT)", PassRateSql.Direct(true), baseline: null);
            perFirm = await TimeSqlAsync("jit = off, covering index", "hand-written SQL, per-firm pre-aggregate", PassRateSql.PerFirm(true), direct);
            best = Math.Min(direct, perFirm);
            await TimeHandlerAsync(host, "jit = off, covering index", best);

            await DuckDbAsync(best);
            await PageAsync(best);
        }

        public async Task SqliteAsync()
        {
            using var host = await PrepareAsync();
            await ExecuteAsync("ANALYZE");
            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"SQLite: rows of {Year} in the aggregate: {expected.Values.Sum(c => c.Tested):N0} in {expected.Count:N0} cells");
            report.AppendLine();
            Header("configuration");
            var direct = await TimeSqlAsync("as migrated", "hand-written SQL, COUNT(DISTINCT)", PassRateSql.Direct(false), baseline: null);
            var perFirm = await TimeSqlAsync("as migrated", "hand-written SQL, per-firm pre-aggregate", PassRateSql.PerFirm(false), direct);
            var best = Math.Min(direct, perFirm);
            await TimeHandlerAsync(host, "as migrated", best);
            await PageAsync(best);
        }

        /// <summary>Migrates through the app, generates the rows through the generator's handler (timed) and records the expected cells.</summary>
        private async Task<IHost> PrepareAsync()
        {
            var host = CommandHost.Build(database, [new PlatformModule(), new RegisterModule(), new InspectionModule(), new PlansModule()]);
            await using (var scope = SystemScope.Create(host.Services, "bench"))
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            }

            var clock = Stopwatch.StartNew();
            await using (var scope = SystemScope.Create(host.Services, "bench"))
            {
                var written = await scope.ServiceProvider.GetRequiredService<GenerateBatchesHandler>()
                    .HandleAsync(new GenerateBatchesRequest(rows, Seed), null, CancellationToken.None);
                clock.Stop();
                report.AppendLine(CultureInfo.InvariantCulture, $"{Engine}: generated {written:N0} batches in {clock.Elapsed.TotalSeconds:N0} s ({written / clock.Elapsed.TotalSeconds:N0} rows/s, through the generator's handler)");
            }

            await using var connection = await OpenAsync();
            expected = await PassRateSql.RunAsync(connection, PassRateSql.Direct(postgres), Year);
            return host;
        }

        private void Header(string first)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {first} | engine | what | median | p90 | ratio to hand-written SQL |");
            report.AppendLine("|---|---|---|---:|---:|---:|");
        }

        private void Row(string configuration, string engine, string what, Timing timing, double? baseline) =>
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {configuration} | {engine} | {what} | {Ms(timing.Median)} | {Ms(timing.P90)} | {(baseline is { } b ? $"{timing.Median / b:F2}" : "1 (baseline)")} |");

        /// <summary>Times one hand-written query (after optional session settings) on a connection of its own; returns its median.</summary>
        private Task<double> TimeSqlAsync(string configuration, string what, string sql, double? baseline) =>
            TimeSqlAsync(configuration, what, null, sql, baseline);

        private async Task<double> TimeSqlAsync(string configuration, string what, string? settings, string sql, double? baseline)
        {
            await using var connection = await OpenAsync();
            if (settings is not null)
            {
                await using var set = connection.CreateCommand();
#pragma warning disable CA2100 // Benchmark code: the settings are constants above.
                set.CommandText = settings;
#pragma warning restore CA2100
                await set.ExecuteNonQueryAsync();
            }

            Check(what, await PassRateSql.RunAsync(connection, sql, Year));
            var timing = await TimeAsync(() => PassRateSql.RunAsync(connection, sql, Year));
            Row(configuration, Engine, what, timing, baseline);
            return timing.Median;
        }

        /// <summary>
        /// The handler's main grouped query alone (built as the handler builds it, run through EF Core), then the whole
        /// handler: both periods, both totals rows, the product names and the rates, intervals and ranking.
        /// </summary>
        private async Task TimeHandlerAsync(IHost host, string configuration, double baseline)
        {
            await using (var scope = SystemScope.Create(host.Services, "bench"))
            {
                var main = MainQuery(scope.ServiceProvider.GetRequiredService<InspectionDbContext>());
                Check("handler's main query", (await main.ToListAsync()).ToDictionary(c => (c.First, c.Second), c => new Cell(c.Tested, c.Failed, c.Firms, c.FirmsFailed)));
            }

            var query = await TimeAsync(async () =>
            {
                await using var scope = SystemScope.Create(host.Services, "bench");
                return await MainQuery(scope.ServiceProvider.GetRequiredService<InspectionDbContext>()).ToListAsync();
            });
            Row(configuration, Engine, "handler's main grouped query (EF Core)", query, baseline);

            var whole = await TimeAsync(async () =>
            {
                await using var scope = SystemScope.Create(host.Services, "bench");
                var outcome = await scope.ServiceProvider.GetRequiredService<GetPassRatesHandler>().HandleAsync(Request, CancellationToken.None);
                return outcome.IsSuccess ? outcome.Value!.Cells.Count : throw new InvalidOperationException(outcome.Errors.ToString());
            });
            Row(configuration, Engine, "whole handler (5 queries: year, year before, 2 totals, names)", whole, baseline);
        }

        /// <summary>The handler's grouped query for the year, composed from the same parts the handler composes it from.</summary>
        private static IQueryable<CellCounts> MainQuery(InspectionDbContext db)
        {
            var errors = new FieldErrors();
            var spec = PassRatesSpec.Parse(Request, db.Caller.RegionCode, errors) ?? throw new InvalidOperationException(errors.ToString());
            var current = spec.Filter.Apply(spec.Period.Apply(db.Batches.AsNoTracking()));
            return PassRateCounts.Grouped(current,
                PassRateDimensions.Key(PassRateDimension.Product, RegionLevel.County), PassRateDimensions.Key(PassRateDimension.Region, RegionLevel.County));
        }

        /// <summary>
        /// The same rows in DuckDB: the columns the aggregate reads, exported from PostgreSQL as CSV (COPY TO STDOUT),
        /// written to Parquet by DuckDB, then the same aggregate over the Parquet file.
        /// </summary>
        private async Task DuckDbAsync(double baseline)
        {
            var csv = Path.Combine(work, "batches.csv");
            var parquet = Path.Combine(work, "batches.parquet");
            var clock = Stopwatch.StartNew();
            await using (var connection = await OpenAsync())
            {
                var npgsql = (NpgsqlConnection)connection;
                using var export = await npgsql.BeginTextExportAsync(
                    "COPY (SELECT sample_year, product_code, region_code, verdict, enterprise_credit_code, voided_at FROM inspection.batches) TO STDOUT (FORMAT csv)");
                await using var file = File.CreateText(csv);
                var buffer = new char[1 << 16];
                int read;
                while ((read = await export.ReadAsync(buffer)) > 0)
                {
                    await file.WriteAsync(buffer.AsMemory(0, read));
                }
            }

            var exported = clock.Elapsed;
            await using var duck = new DuckDBConnection("Data Source=:memory:");
            await duck.OpenAsync();
            await using var version = duck.CreateCommand();
            version.CommandText = "SELECT version()";
            var duckVersion = await version.ExecuteScalarAsync();
            await DuckAsync(duck, $$"""
                COPY (SELECT * FROM read_csv('{{csv}}', header = false,
                    columns = {'sample_year': 'INTEGER', 'product_code': 'VARCHAR', 'region_code': 'VARCHAR', 'verdict': 'INTEGER',
                               'enterprise_credit_code': 'VARCHAR', 'voided_at': 'TIMESTAMPTZ'}))
                TO '{{parquet}}' (FORMAT parquet)
                """);
            clock.Stop();
            var timing = await DuckTimingAsync(duck, parquet, baseline);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| DuckDB {duckVersion} | Parquet ({new FileInfo(parquet).Length / 1_000_000.0:N0} MB, exported in {exported.TotalSeconds:N0} s + written in {(clock.Elapsed - exported).TotalSeconds:N0} s) | same aggregate over the Parquet file | {timing}");
            File.Delete(csv);
        }

        private async Task<string> DuckTimingAsync(DuckDBConnection duck, string parquet, double baseline)
        {
            var sql = PassRateSql.Direct(true).Replace("inspection.batches", $"read_parquet('{parquet}')", StringComparison.Ordinal)
                .Replace("@year", Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Check("DuckDB", await DuckCellsAsync(duck, sql));
            var timing = await TimeAsync(() => DuckCellsAsync(duck, sql));
            return string.Create(CultureInfo.InvariantCulture, $"{Ms(timing.Median)} | {Ms(timing.P90)} | {timing.Median / baseline:F2} |");
        }

        private static async Task<Dictionary<(string, string), Cell>> DuckCellsAsync(DuckDBConnection duck, string sql)
        {
            await using var command = duck.CreateCommand();
#pragma warning disable CA2100 // Benchmark code: the SQL is built from constants and the benchmark's own file names.
            command.CommandText = sql;
#pragma warning restore CA2100
            var cells = new Dictionary<(string, string), Cell>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                cells.Add((reader.GetString(0), reader.GetString(1)),
                    new Cell(reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5)));
            }

            return cells;
        }

        private static async Task DuckAsync(DuckDBConnection duck, string sql)
        {
            await using var command = duck.CreateCommand();
#pragma warning disable CA2100 // Benchmark code: the SQL is built from constants and the benchmark's own file names.
            command.CommandText = sql;
#pragma warning restore CA2100
            await command.ExecuteNonQueryAsync();
        }

        /// <summary>
        /// The statistics page as a browser loads it (full HTML), from <c>zhixin serve</c> on this database, signed in as
        /// a province's regulator (the widest scope an account has); the page adds the five-year trend to the table.
        /// </summary>
        private async Task PageAsync(double baseline)
        {
            var province = await LargestProvinceAsync();
            var userName = "bench-" + province;
            using (var host = CommandHost.Build(database, [new PlatformModule()]))
            {
                await using var scope = SystemScope.Create(host.Services, "bench");
                var created = await scope.ServiceProvider.GetRequiredService<CreateAccountHandler>()
                    .HandleAsync(new CreateAccountRequest(userName, userName, Roles.Regulator, Password, province), CancellationToken.None);
                if (!created.IsSuccess)
                {
                    throw new InvalidOperationException(created.Errors.ToString());
                }
            }

            var port = Machine.FreePort();
            var environment = new Dictionary<string, string>
            {
                ["Zhixin__Audit__KeyFile"] = Path.Combine(work, "keys", "audit-hmac.key"),
                ["Serilog__MinimumLevel__Default"] = "Warning",
                ["Zhixin__DemoData"] = "false",
            };
            using var server = await ChildProcess.StartServerAsync(environment, "serve", "--urls", $"http://127.0.0.1:{port}", "--database", database);
            try
            {
                using var http = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(10) };
                var signIn = await http.PostAsJsonAsync("/api/v1/account/sign-in", new { userName, password = Password });
                signIn.EnsureSuccessStatusCode();
                var url = $"/inspection/statistics?year={Year}&groupBy=product,region&regionLevel=county";
                var page = await TimeAsync(async () =>
                {
                    using var response = await http.GetAsync(url);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    response.EnsureSuccessStatusCode();
                    return body.Length;
                });

                // The same aggregate by hand for the province's rows, which is what the page's table counts.
                await using var connection = await OpenAsync();
                var sql = PassRateSql.Direct(postgres).Replace("WHERE sample_year", $"WHERE region_code BETWEEN '{province}' AND '{province[..2]}9999' AND sample_year", StringComparison.Ordinal);
                var scoped = await TimeAsync(() => PassRateSql.RunAsync(connection, sql, Year));
                var rowsInScope = (await PassRateSql.RunAsync(connection, sql, Year)).Values.Sum(c => c.Tested);
                Row("page", Engine, $"hand-written SQL for the province {province} ({rowsInScope:N0} rows)", scoped, null);
                Row("page", Engine, $"GET {url} as the province's regulator (table, year before, totals, names and the five-year trend)", page, scoped.Median);
                report.AppendLine(CultureInfo.InvariantCulture, $"| page | {Engine} | the page against the whole-year aggregate above | {Ms(page.Median)} | {Ms(page.P90)} | {page.Median / baseline:F2} |");
            }
            finally
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
        }

        /// <summary>The province with the most rows, so that the page counts as many as a person's account can see.</summary>
        private async Task<string> LargestProvinceAsync()
        {
            var table = postgres ? "inspection.batches" : "batches";
            var top = (string)(await ScalarAsync($"SELECT substr(region_code, 1, 2) FROM {table} GROUP BY substr(region_code, 1, 2) ORDER BY count(*) DESC LIMIT 1"))!;
            return top + "0000";
        }

        private void Check(string what, Dictionary<(string, string), Cell> cells)
        {
            if (cells.Count != expected.Count || cells.Any(c => !expected.TryGetValue(c.Key, out var e) || e != c.Value))
            {
                throw new InvalidOperationException($"{what} on {Engine} does not give the same cells as the hand-written SQL");
            }
        }

        /// <summary>Two warm-up runs, then <c>samples</c> timed runs one after another.</summary>
        private async Task<Timing> TimeAsync<T>(Func<Task<T>> action)
        {
            for (var i = 0; i < 2; i++)
            {
                await action();
            }

            var times = new List<double>(samples);
            for (var i = 0; i < samples; i++)
            {
                var clock = Stopwatch.StartNew();
                await action();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            return new Timing(times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.9) - 1)]);
        }

        private async Task<DbConnection> OpenAsync()
        {
            DbConnection connection = postgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
            await connection.OpenAsync();
            return connection;
        }

        private async Task ExecuteAsync(string sql)
        {
            await using var connection = await OpenAsync();
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Benchmark code: the SQL is one of the constants above.
            command.CommandText = sql;
#pragma warning restore CA2100
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync();
        }

        private async Task<object?> ScalarAsync(string sql)
        {
            await using var connection = await OpenAsync();
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Benchmark code: the SQL is one of the constants above.
            command.CommandText = sql;
#pragma warning restore CA2100
            command.CommandTimeout = 0;
            return await command.ExecuteScalarAsync();
        }

        private static string Ms(double milliseconds) =>
            milliseconds >= 1000 ? string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 1000:F2} s") : string.Create(CultureInfo.InvariantCulture, $"{milliseconds:F0} ms");
    }

    private readonly record struct Timing(double Median, double P90);
}
