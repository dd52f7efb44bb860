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
using Zhixin.Inspection.Features.GetPassRateTrend;
using Zhixin.Inspection.Features.PassRateSummary;
using Zhixin.Plans;
using Zhixin.Platform;
using Zhixin.Platform.Codes;
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
/// repeated runs after a warm-up, and every way of computing the cells is checked equal before it is timed.
/// </summary>
internal static class InspectionBenchmark
{
    /// <summary>A whole year with the year before it in the generated five (2022–2026).</summary>
    private const int Year = 2025;
    private const int Seed = 1;
    private const string Password = "Bench@Zhixin2026";

    /// <summary>The statistics index as it was before it carried the other columns (the tuning's starting point).</summary>
    private static readonly string[] PlainIndex =
    [
        "DROP INDEX inspection.ix_batches_sample_year_product_code_region_code",
        "CREATE INDEX ix_batches_sample_year_product_code_region_code ON inspection.batches (sample_year, product_code, region_code)",
        "VACUUM ANALYZE inspection.batches",
    ];

    /// <summary>The system's table: every county, as the handler answers the command line and the indicator job.</summary>
    private static readonly GetPassRatesRequest Request = new(
        Year, null, null, null, "product,region", "county", null, null, null, null, null, null, null, null, null, null);

    /// <summary>The page's trend: the five years up to the year shown, batch rates only.</summary>
    private static readonly GetPassRateTrendRequest TrendRequest = new(
        Year - GetPassRateTrendHandler.DefaultYears + 1, Year, null, null, null, null, null, null, null, null, null);

    public static async Task<string> RunAsync(string work, long rows, string engines, int samples)
    {
        Environment.SetEnvironmentVariable("Zhixin__Audit__KeyFile", Path.Combine(work, "keys", "audit-hmac.key"));
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"rows: {rows:N0}; year {Year}; machine: {Environment.ProcessorCount} cores, {Machine.Cpu()}, {Machine.MemoryGiB()} GiB; load average at start {Machine.LoadAverage()}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
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

        report.AppendLine(CultureInfo.InvariantCulture, $"load average at the end {Machine.LoadAverage()}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        return report.ToString();
    }

    /// <summary>One engine's run: its database, the app's services on it and the report's lines.</summary>
    private sealed class Run(StringBuilder report, string work, string database, long rows, int samples)
    {
        private readonly bool postgres = database.StartsWith("postgres:", StringComparison.Ordinal);
        private Dictionary<(string, string), Cell> expected = [];

        /// <summary>The whole table by hand in the last configuration timed, the yardstick of the pre-aggregated handler.</summary>
        private double wholeByHand;

        private string Engine => postgres ? "PostgreSQL" : "SQLite";

        private string ConnectionString => DatabaseTarget.Parse(database).ConnectionString;

        public async Task PostgresAsync()
        {
            using var host = await PrepareAsync();
            report.AppendLine(CultureInfo.InvariantCulture,
                $"table inspection.batches: {await ScalarAsync("SELECT pg_size_pretty(pg_table_size('inspection.batches'))")}, its statistics index {await ScalarAsync("SELECT pg_size_pretty(pg_relation_size('inspection.ix_batches_sample_year_product_code_region_code'))")}");
            Header();

            var best = await ConfigurationAsync(host, "PostgreSQL defaults, as migrated");
            // No JIT compilation: PostgreSQL compiles any query whose estimated cost is high, and on two cores
            // compiling these aggregates costs seconds. A database setting, so that the app's connections get it too.
            await ExecuteAsync("DO $$BEGIN EXECUTE format('ALTER DATABASE %I SET jit = off', current_database()); END$$");
            NpgsqlConnection.ClearAllPools();
            await RequireAsync(host, "SELECT current_setting('jit') AS \"Value\"", "off");
            best = await ConfigurationAsync(host, "jit = off");

            await DuckDbAsync(best);
            await PageAsync();

            // The tuning's starting point, for comparison: the index without the included columns.
            foreach (var statement in PlainIndex)
            {
                await ExecuteAsync(statement);
            }

            report.AppendLine();
            Header();
            await ConfigurationAsync(host, "jit = off, index without INCLUDE");
            await AppendMainQueryAsync(host);
        }

        public async Task SqliteAsync()
        {
            using var host = await PrepareAsync();
            Header();
            await ConfigurationAsync(host, "as migrated");
            await PageAsync();
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
                report.AppendLine();
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"{Engine}: generated {written:N0} batches in {clock.Elapsed.TotalSeconds:N0} s ({written / clock.Elapsed.TotalSeconds:N0} rows/s, through the generator's handler; load average {Machine.LoadAverage()})");
            }

            // Index-only scans need the visibility map that VACUUM sets; both engines need statistics for the planner.
            await ExecuteAsync(postgres ? "VACUUM ANALYZE inspection.batches" : "ANALYZE");
            await using var connection = await OpenAsync();
            expected = await PassRateSql.RunAsync(connection, PassRateSql.Direct(postgres), Year);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"rows of {Year} in the aggregate: {expected.Values.Sum(c => c.Tested):N0} in {expected.Count:N0} cells (product × county)");
            return host;
        }

        /// <summary>
        /// One engine configuration: the aggregate by hand in each form tried, the handler's main query against the best
        /// of them, and the whole handler against the same three answers by hand. Returns the best hand-written median.
        /// </summary>
        private async Task<double> ConfigurationAsync(IHost host, string configuration)
        {
            var direct = await TimeSqlAsync(configuration, "hand-written: COUNT(DISTINCT)", PassRateSql.Direct(postgres), null, null);
            var best = ("hand-written: COUNT(DISTINCT)", direct);
            var perFirm = await TimeSqlAsync(configuration, "hand-written: per-firm pre-aggregate", PassRateSql.PerFirm(postgres), null, best);
            var tried = new List<(string, double)> { best, ("hand-written: per-firm pre-aggregate", perFirm) };
            if (postgres)
            {
                const string binary = "hand-written: COUNT(DISTINCT … COLLATE \"C\")";
                tried.Add((binary, await TimeSqlAsync(configuration, binary,
                    PassRateSql.Direct(true).Replace("count(DISTINCT enterprise_credit_code)", "count(DISTINCT enterprise_credit_code COLLATE \"C\")", StringComparison.Ordinal), null, best)));
                const string serial = "hand-written: COUNT(DISTINCT), no parallel workers";
                tried.Add((serial, await TimeSqlAsync(configuration, serial, PassRateSql.Direct(true), "SET max_parallel_workers_per_gather = 0", best)));
            }

            best = tried.MinBy(t => t.Item2);
            var main = await TimeAsync(
                async () =>
                {
                    await using var scope = SystemScope.Create(host.Services, "bench");
                    return Cells(await MainQuery(scope.ServiceProvider.GetRequiredService<InspectionDbContext>()).ToListAsync());
                },
                "handler's main query");
            Row(configuration, "**handler's main grouped query** (EF Core, all counties)", main, best);

            // The whole table by hand: the year's cells, the year before's batches per cell, the year's totals.
            var byHand = await TimeAsync(async () =>
            {
                await using var connection = await OpenAsync();
                var cells = await PassRateSql.RunAsync(connection, PassRateSql.Direct(postgres), Year);
                await PassRateSql.RunAsync(connection, PassRateSql.BatchesOnly(postgres), Year - 1);
                await PassRateSql.RunAsync(connection, PassRateSql.Totals(postgres), Year);
                return cells;
            });
            Row(configuration, "hand-written: the whole table (cells, year before, totals: 3 queries)", byHand, null);
            wholeByHand = byHand.Median;
            var whole = await TimeAsync(
                async () =>
                {
                    await using var scope = SystemScope.Create(host.Services, "bench");
                    return await HandleAsync(scope);
                },
                "whole handler");
            Row(configuration, "**whole handler** (the same 3 queries through EF Core, rates, intervals, ranking)", whole, ("the whole table by hand", byHand.Median));
            return best.Item2;
        }

        private async Task<double> TimeSqlAsync(string configuration, string what, string sql, string? settings, (string, double)? against)
        {
            await using var connection = await OpenAsync();
            if (settings is not null)
            {
                await using var set = connection.CreateCommand();
#pragma warning disable CA2100 // Benchmark code: the settings are constants of this class.
                set.CommandText = settings;
#pragma warning restore CA2100
                await set.ExecuteNonQueryAsync();
            }

            var timing = await TimeAsync(() => PassRateSql.RunAsync(connection, sql, Year), what);
            Row(configuration, what, timing, against);
            return timing.Median;
        }

        /// <summary>The handler's grouped query for the year, composed from the same parts the handler composes it from.</summary>
        private static IQueryable<CellCounts> MainQuery(InspectionDbContext db)
        {
            var errors = new FieldErrors();
            var spec = PassRatesSpec.Parse(Request, db.Caller.RegionCode, errors) ?? throw new InvalidOperationException(errors.ToString());
            var current = spec.Filter.Apply(spec.Period.Apply(db.Batches.AsNoTracking()));
            return PassRateCounts.GroupedWithNames(current,
                PassRateDimensions.Key(PassRateDimension.Product, RegionLevel.County), PassRateDimensions.Key(PassRateDimension.Region, RegionLevel.County));
        }

        /// <summary>The whole handler's cells, checked to come from the pre-aggregate or from the batches as <paramref name="summarised"/> says.</summary>
        private static async Task<Dictionary<(string, string), Cell>> HandleAsync(AsyncServiceScope scope, bool summarised = false)
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<GetPassRatesHandler>().HandleAsync(Request, CancellationToken.None);
            var table = outcome.Value ?? throw new InvalidOperationException(outcome.Errors.ToString());
            return (table.Basis.SummarisedAt is not null) == summarised
                ? table.Cells.ToDictionary(c => (c.Keys[0].Code, c.Keys[1].Code), c => new Cell(c.Batches.Tested, c.Batches.Failed, c.Enterprises.Tested, c.Enterprises.Failed))
                : throw new InvalidOperationException($"The table was {(summarised ? "not " : "")}read from the pre-aggregate.");
        }

        private static Dictionary<(string, string), Cell> Cells(List<CellCounts> cells) =>
            cells.ToDictionary(c => (c.First, c.Second), c => new Cell(c.Tested, c.Failed, c.Firms, c.FirmsFailed));

        /// <summary>The SQL EF Core sends for the main query, for the record.</summary>
        private async Task AppendMainQueryAsync(IHost host)
        {
            await using var scope = SystemScope.Create(host.Services, "bench");
            report.AppendLine();
            report.AppendLine("The handler's main query as EF Core sends it (system caller):");
            report.AppendLine();
            report.AppendLine("```sql");
            report.AppendLine(MainQuery(scope.ServiceProvider.GetRequiredService<InspectionDbContext>()).ToQueryString());
            report.AppendLine("```");
        }

        /// <summary>
        /// The same rows in DuckDB: the columns the aggregate reads, exported from PostgreSQL as CSV (COPY TO STDOUT),
        /// written to Parquet by DuckDB, then the same aggregate over the Parquet file.
        /// </summary>
        private async Task DuckDbAsync(double against)
        {
            var csv = Path.Combine(work, "batches.csv");
            var parquet = Path.Combine(work, "batches.parquet");
            var clock = Stopwatch.StartNew();
            await using (var connection = (NpgsqlConnection)await OpenAsync())
            {
                using var export = await connection.BeginTextExportAsync(
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
            var version = await DuckAsync(duck, "SELECT version()");
            await DuckAsync(duck, $$"""
                COPY (SELECT * FROM read_csv('{{csv}}', header = false,
                    columns = {'sample_year': 'INTEGER', 'product_code': 'VARCHAR', 'region_code': 'VARCHAR', 'verdict': 'INTEGER',
                               'enterprise_credit_code': 'VARCHAR', 'voided_at': 'TIMESTAMPTZ'}))
                TO '{{parquet}}' (FORMAT parquet)
                """);
            clock.Stop();
            File.Delete(csv);

            var sql = PassRateSql.Direct(true).Replace("inspection.batches", $"read_parquet('{parquet}')", StringComparison.Ordinal)
                .Replace("@year", Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var timing = await TimeAsync(() => DuckCellsAsync(duck, sql), "DuckDB");
            Row($"DuckDB {version}, {new FileInfo(parquet).Length / 1_000_000.0:N0} MB Parquet (export {exported.TotalSeconds:N0} s, write {(clock.Elapsed - exported).TotalSeconds:N0} s)",
                "the same COUNT(DISTINCT) query over the Parquet file", timing, ("best hand-written on PostgreSQL, jit = off", against));
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

        private static async Task<object?> DuckAsync(DuckDBConnection duck, string sql)
        {
            await using var command = duck.CreateCommand();
#pragma warning disable CA2100 // Benchmark code: the SQL is built from constants and the benchmark's own file names.
            command.CommandText = sql;
#pragma warning restore CA2100
            return await command.ExecuteScalarAsync();
        }

        /// <summary>
        /// The statistics page as a browser loads it (full HTML), from <c>zhixin serve</c> on this database, signed in as
        /// the regulator of the province with the most rows (the widest scope an account has): first counted from the
        /// batches, against the same queries by hand for that province; then from the pre-aggregate, once it has been
        /// counted for every generated year (timed, as the job counts it). The pre-aggregate is removed at the end, so
        /// that later configurations time the live queries again.
        /// </summary>
        private async Task PageAsync()
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

            var url = $"/inspection/statistics?year={Year}&groupBy=product,region&regionLevel=county";
            var page = await TimePageAsync(url, userName, preAggregate: false);

            var scopeTo = province[..2] + "9999";
            var tableByHand = await TimeAsync(async () =>
            {
                await using var connection = await OpenAsync();
                var cells = await PassRateSql.RunAsync(connection, PassRateSql.Direct(postgres, scoped: true), Year, province, scopeTo);
                await PassRateSql.RunAsync(connection, PassRateSql.BatchesOnly(postgres, scoped: true), Year - 1, province, scopeTo);
                await PassRateSql.RunAsync(connection, PassRateSql.Totals(postgres, scoped: true), Year, province, scopeTo);
                return cells;
            });
            var trendByHand = await TimeAsync(async () =>
            {
                await using var connection = await OpenAsync();
                return await PassRateSql.RunAsync(connection, PassRateSql.TrendBatches(postgres, scoped: true), Year, province, scopeTo);
            });
            using var app = CommandHost.Build(database, [new PlatformModule(), new RegisterModule(), new InspectionModule(), new PlansModule()]);
            var table = await TimeAsync(() => RegulatorTableAsync(app, userName, province, summarised: false));
            var trend = await TimeAsync(() => RegulatorTrendAsync(app, userName, province));

            await using (var connection = await OpenAsync())
            {
                var inScope = (await PassRateSql.RunAsync(connection, PassRateSql.Direct(postgres, scoped: true), Year, province, scopeTo)).Values.Sum(c => c.Tested);
                report.AppendLine();
                report.AppendLine(CultureInfo.InvariantCulture, $"Page, as the regulator of {province} ({inScope:N0} rows of {Year} in scope), `GET {url}`:");
            }

            Header();
            Row("page, live", "hand-written: the table (cells, year before, totals: 3 queries)", tableByHand, null);
            // Each of the three alone, to see where the time goes: batch counts add up, firm counts do not.
            foreach (var (part, sql, year) in new[]
            {
                ("cells of the year, with distinct firms", PassRateSql.Direct(postgres, scoped: true), Year),
                ("cells of the year before, batches only", PassRateSql.BatchesOnly(postgres, scoped: true), Year - 1),
                ("totals row of the year, with distinct firms", PassRateSql.Totals(postgres, scoped: true), Year),
            })
            {
                await using var connection = await OpenAsync();
                var alone = await TimeAsync(() => PassRateSql.RunAsync(connection, sql, year, province, scopeTo));
                Row("page, live", $"… of which by hand: {part}", alone, ("the table by hand", tableByHand.Median));
            }

            Row("page, live", "table handler in-process, as that regulator", table, ("the table by hand", tableByHand.Median));
            Row("page, live", "hand-written: the trend's batches per year (1 query)", trendByHand, null);
            Row("page, live", "trend handler in-process, batch rates only", trend, ("the trend by hand", trendByHand.Median));
            Row("page, live", "**the page over HTTP** (signed in, full HTML)", page, ("table and trend by hand", tableByHand.Median + trendByHand.Median));

            await PreAggregateAsync(app);
            var summarisedTable = await TimeAsync(() => RegulatorTableAsync(app, userName, province, summarised: true));
            var summarisedTrend = await TimeAsync(() => RegulatorTrendAsync(app, userName, province));
            var summarisedWhole = await TimeAsync(
                async () =>
                {
                    await using var scope = SystemScope.Create(app.Services, "bench");
                    return await HandleAsync(scope, summarised: true);
                },
                "whole handler from the pre-aggregate");
            var summarisedPage = await TimePageAsync(url, userName, preAggregate: true);
            Row("page, pre-aggregated", "table handler in-process, as that regulator", summarisedTable, ("the table by hand", tableByHand.Median));
            Row("page, pre-aggregated", "trend handler in-process, batch rates only", summarisedTrend, ("the trend by hand", trendByHand.Median));
            Row("page, pre-aggregated", "**the page over HTTP** (signed in, full HTML)", summarisedPage, ("table and trend by hand", tableByHand.Median + trendByHand.Median));
            Row("system, pre-aggregated", "**whole handler**, all counties (the benchmark's table)", summarisedWhole, ("the whole table by hand (3 queries over the batches)", wholeByHand));

            await ExecuteAsync($"DELETE FROM {(postgres ? "inspection." : "")}pass_rate_summary_cells");
            await ExecuteAsync($"UPDATE {(postgres ? "inspection." : "")}pass_rate_summary_years SET built_from = NULL, built_at = NULL");
        }

        /// <summary>Counts the pre-aggregate of every generated year, one year at a time as the job does, and reports each.</summary>
        private async Task PreAggregateAsync(IHost app)
        {
            report.AppendLine();
            report.AppendLine("Pre-aggregate, counted through PassRateSummaryBuilder (what the job runs when a year has changed):");
            report.AppendLine();
            report.AppendLine("| year | tested batches | counted in |");
            report.AppendLine("|---|---:|---:|");
            for (var year = BatchGenerator.FirstYear; year < BatchGenerator.FirstYear + BatchGenerator.Years; year++)
            {
                await using var scope = SystemScope.Create(app.Services, "bench");
                var built = await scope.ServiceProvider.GetRequiredService<PassRateSummaryBuilder>().BuildAsync(year, CancellationToken.None);
                report.AppendLine(CultureInfo.InvariantCulture, $"| {year} | {built.TestedBatches:N0} | {built.Milliseconds / 1000.0:F1} s |");
            }

            await ExecuteAsync(postgres ? "VACUUM ANALYZE inspection.pass_rate_summary_cells" : "ANALYZE");
            report.AppendLine();
            Header();
        }

        private static async Task<int> RegulatorTableAsync(IHost app, string userName, string province, bool summarised)
        {
            await using var scope = RegulatorScope(app.Services, userName, province);
            var outcome = await scope.ServiceProvider.GetRequiredService<GetPassRatesHandler>().HandleAsync(Request, CancellationToken.None);
            var table = outcome.Value ?? throw new InvalidOperationException(outcome.Errors.ToString());
            return (table.Basis.SummarisedAt is not null) == summarised
                ? table.Cells.Count
                : throw new InvalidOperationException($"The table was {(summarised ? "not " : "")}read from the pre-aggregate.");
        }

        private static async Task<int> RegulatorTrendAsync(IHost app, string userName, string province)
        {
            await using var scope = RegulatorScope(app.Services, userName, province);
            var outcome = await scope.ServiceProvider.GetRequiredService<GetPassRateTrendHandler>().HandleAsync(TrendRequest, enterprises: false, CancellationToken.None);
            return outcome.Value!.Periods.Count;
        }

        /// <summary>
        /// The page over HTTP from a server of its own. Without <paramref name="preAggregate"/> the server's job is told
        /// that no year is large enough, so the page is counted from the batches.
        /// </summary>
        private async Task<Timing> TimePageAsync(string url, string userName, bool preAggregate)
        {
            var port = Machine.FreePort();
            var environment = new Dictionary<string, string>
            {
                ["Zhixin__Audit__KeyFile"] = Path.Combine(work, "keys", "audit-hmac.key"),
                ["Zhixin__DemoData"] = "false",
                ["Serilog__MinimumLevel__Default"] = "Warning",
                ["Zhixin__Inspection__Statistics__SummaryFromBatches"] = preAggregate
                    ? PassRateSummaryBuilder.DefaultMinimumBatches.ToString(CultureInfo.InvariantCulture)
                    : int.MaxValue.ToString(CultureInfo.InvariantCulture),
            };
            using var server = await ChildProcess.StartServerAsync(environment, "serve", "--urls", $"http://127.0.0.1:{port}", "--database", database);
            try
            {
                using var http = new HttpClient(new HttpClientHandler { UseCookies = true })
                {
                    BaseAddress = new Uri($"http://127.0.0.1:{port}"),
                    Timeout = TimeSpan.FromMinutes(10),
                };
                var signIn = await http.PostAsJsonAsync("/api/v1/account/sign-in", new { userName, password = Password });
                signIn.EnsureSuccessStatusCode();
                return await TimeAsync(async () =>
                {
                    using var response = await http.GetAsync(url);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    response.EnsureSuccessStatusCode();
                    return body.Length;
                });
            }
            finally
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
        }

        /// <summary>A scope acting as the province's regulator, as a signed-in request of that account would.</summary>
        private static AsyncServiceScope RegulatorScope(IServiceProvider services, string userName, string province)
        {
            var scope = services.CreateAsyncScope();
            ((CallerContext)scope.ServiceProvider.GetRequiredService<ICallerContext>()).Current = new Caller(
                userName, userName, new HashSet<string> { Roles.Regulator }, RegionScope.ForRegion(RegionCode.Parse(province).GetValueOrThrow()), null, province);
            return scope;
        }

        /// <summary>The province with the most rows, so that the page counts as many as a person's account can see.</summary>
        private async Task<string> LargestProvinceAsync()
        {
            var table = postgres ? "inspection.batches" : "batches";
            var top = (string)(await ScalarAsync($"SELECT substr(region_code, 1, 2) FROM {table} GROUP BY substr(region_code, 1, 2) ORDER BY count(*) DESC LIMIT 1"))!;
            return top + "0000";
        }

        private void Header()
        {
            report.AppendLine();
            report.AppendLine("| configuration | what | median | p90 | ratio | against |");
            report.AppendLine("|---|---|---:|---:|---:|---|");
        }

        private void Row(string configuration, string what, Timing timing, (string Name, double Median)? against) =>
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {configuration} | {what} | {Ms(timing.Median)} | {Ms(timing.P90)} | {(against is { } a ? $"{timing.Median / a.Median:F2}" : "1")} | {against?.Name ?? "baseline"} |");

        /// <summary>
        /// Two warm-up runs, then <c>samples</c> timed runs one after another. With a name, the cells of the first run
        /// are checked against the hand-written COUNT(DISTINCT) query's first.
        /// </summary>
        private async Task<Timing> TimeAsync(Func<Task<Dictionary<(string, string), Cell>>> action, string check)
        {
            var cells = await action();
            if (cells.Count != expected.Count || cells.Any(c => !expected.TryGetValue(c.Key, out var e) || e != c.Value))
            {
                throw new InvalidOperationException($"{check} on {Engine} does not give the same cells as the hand-written SQL");
            }

            return await TimeAsync(action);
        }

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

        private static async Task RequireAsync(IHost host, string sql, string value)
        {
            await using var scope = SystemScope.Create(host.Services, "bench");
            var actual = await scope.ServiceProvider.GetRequiredService<InspectionDbContext>().Database.SqlQueryRaw<string>(sql).SingleAsync();
            if (actual != value)
            {
                throw new InvalidOperationException($"The app's connections answer {actual} to {sql}, not {value}.");
            }
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
#pragma warning disable CA2100 // Benchmark code: the SQL is one of the constants of this class.
            command.CommandText = sql;
#pragma warning restore CA2100
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync();
        }

        private async Task<object?> ScalarAsync(string sql)
        {
            await using var connection = await OpenAsync();
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Benchmark code: the SQL is one of the constants of this class.
            command.CommandText = sql;
#pragma warning restore CA2100
            command.CommandTimeout = 0;
            return await command.ExecuteScalarAsync();
        }

        private static string Ms(double milliseconds) => milliseconds >= 1000
            ? string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 1000:F2} s")
            : string.Create(CultureInfo.InvariantCulture, $"{milliseconds:F0} ms");
    }

    private readonly record struct Timing(double Median, double P90);
}
