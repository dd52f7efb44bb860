using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sylvan.Data.Csv;
using Zhixin.Benchmarks.Infrastructure;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Benchmarks;

/// <summary>
/// The register's benchmark, in one run: importing N generated enterprises from CSV through <c>zhixin import</c>
/// against the raw engine loading the same rows, on SQLite and PostgreSQL; then the search page's response
/// times on the loaded database against the same lookups as plain SQL.
/// </summary>
internal static class RegisterBenchmark
{
    private const int Warmup = 20;
    private const int Samples = 200;

    public static async Task<string> RunAsync(string work, long rows, string engines)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"rows: {rows:N0}; machine: {Environment.ProcessorCount} cores, {Machine.Cpu()}; {DateTime.UtcNow:yyyy-MM-dd}");
        var csv = Path.Combine(work, "enterprises.csv");
        var generate = await ChildProcess.ZhixinAsync(Env(work), "generate", "--enterprises", rows.ToString(CultureInfo.InvariantCulture), "--output", csv, "--database", $"sqlite:{Path.Combine(work, "unused.db")}");
        Check(generate, "generate");
        report.AppendLine(CultureInfo.InvariantCulture, $"input: {new FileInfo(csv).Length / 1_000_000.0:F1} MB CSV");
        report.AppendLine();
        report.AppendLine("| engine | raw engine rows/s | zhixin import rows/s | ratio | zhixin peak memory |");
        report.AppendLine("|---|---:|---:|---:|---:|");

        string? sqliteDatabase = null;
        if (engines is "sqlite" or "both")
        {
            var raw = $"sqlite:{Path.Combine(work, "raw.db")}";
            sqliteDatabase = $"sqlite:{Path.Combine(work, "zhixin.db")}";
            Check(await ChildProcess.ZhixinAsync(Env(work), "migrate", "--database", raw), "migrate");
            Check(await ChildProcess.ZhixinAsync(Env(work), "migrate", "--database", sqliteDatabase), "migrate");
            var clock = Stopwatch.StartNew();
            var loaded = RawLoad.Sqlite(Path.Combine(work, "raw.db"), csv);
            var rawRate = loaded / clock.Elapsed.TotalSeconds;
            var ours = await ChildProcess.ZhixinAsync(Env(work), "import", "enterprises", csv, "--database", sqliteDatabase);
            Check(ours, "import");
            var oursRate = rows / ours.Elapsed.TotalSeconds;
            report.AppendLine(CultureInfo.InvariantCulture, $"| SQLite | {rawRate:N0} | {oursRate:N0} | {oursRate / rawRate:F2} | {ours.PeakBytes / 1048576.0:N0} MB |");
        }

        await using var postgres = new PostgresCluster();
        string? postgresDatabase = null;
        if (engines is "postgres" or "both")
        {
            await postgres.InitializeAsync();
            var raw = await postgres.CreateDatabaseAsync();
            postgresDatabase = $"postgres:{await postgres.CreateDatabaseAsync()}";
            Check(await ChildProcess.ZhixinAsync(Env(work), "migrate", "--database", $"postgres:{raw}"), "migrate");
            Check(await ChildProcess.ZhixinAsync(Env(work), "migrate", "--database", postgresDatabase), "migrate");
            var clock = Stopwatch.StartNew();
            var loaded = await RawLoad.PostgresAsync(raw, csv);
            var rawRate = loaded / clock.Elapsed.TotalSeconds;
            var ours = await ChildProcess.ZhixinAsync(Env(work), "import", "enterprises", csv, "--database", postgresDatabase);
            Check(ours, "import");
            var oursRate = rows / ours.Elapsed.TotalSeconds;
            report.AppendLine(CultureInfo.InvariantCulture, $"| PostgreSQL | {rawRate:N0} | {oursRate:N0} | {oursRate / rawRate:F2} | {ours.PeakBytes / 1048576.0:N0} MB |");
        }

        report.AppendLine();
        report.AppendLine("| engine | query | page median | page p95 | raw SQL median | ratio |");
        report.AppendLine("|---|---|---:|---:|---:|---:|");
        var (codes, prefixes) = SampleQueries(csv);
        if (sqliteDatabase is not null)
        {
            await SearchAsync(report, "SQLite", sqliteDatabase, work, codes, prefixes);
        }

        if (postgresDatabase is not null)
        {
            await SearchAsync(report, "PostgreSQL", postgresDatabase, work, codes, prefixes);
        }

        return report.ToString();
    }

    private static async Task SearchAsync(StringBuilder report, string engine, string database, string work, List<string> codes, List<string> prefixes)
    {
        var port = Machine.FreePort();
        var environment = new Dictionary<string, string>(Env(work)) { ["Zhixin__DemoData"] = "true", ["Serilog__MinimumLevel__Default"] = "Warning" };
        using var server = await ChildProcess.StartServerAsync(environment, "serve", "--urls", $"http://127.0.0.1:{port}", "--database", database);
        try
        {
            using var http = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var signIn = await http.PostAsJsonAsync("/api/v1/account/sign-in", new { userName = "fujian", password = "Zhixin@2026" });
            signIn.EnsureSuccessStatusCode();

            var byCode = await TimePageAsync(http, codes);
            var byPrefix = await TimePageAsync(http, prefixes);
            var rawCode = await TimeRawAsync(database, codes, prefix: false);
            var rawPrefix = await TimeRawAsync(database, prefixes, prefix: true);
            report.AppendLine(CultureInfo.InvariantCulture, $"| {engine} | credit code | {byCode.Median:F1} ms | {byCode.P95:F1} ms | {rawCode:F2} ms | {byCode.Median / rawCode:F0}× |");
            report.AppendLine(CultureInfo.InvariantCulture, $"| {engine} | name prefix | {byPrefix.Median:F1} ms | {byPrefix.P95:F1} ms | {rawPrefix:F2} ms | {byPrefix.Median / rawPrefix:F0}× |");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    /// <summary>The search page as a browser loads it (full HTML), one request at a time after a warm-up.</summary>
    private static async Task<(double Median, double P95)> TimePageAsync(HttpClient http, List<string> queries)
    {
        var times = new List<double>();
        for (var i = 0; i < Warmup + Samples; i++)
        {
            var clock = Stopwatch.StartNew();
            var response = await http.GetAsync($"/register/enterprises?q={Uri.EscapeDataString(queries[i % queries.Count])}");
            await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            if (i >= Warmup)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return (times[times.Count / 2], times[(int)(times.Count * 0.95)]);
    }

    /// <summary>The same lookups as plain SQL: the page's rows and its count, for the Fujian range.</summary>
    private static async Task<double> TimeRawAsync(string database, List<string> queries, bool prefix)
    {
        var sqlite = database.StartsWith("sqlite:", StringComparison.Ordinal);
        await using System.Data.Common.DbConnection connection = sqlite
            ? new SqliteConnection($"Data Source={database["sqlite:".Length..]}")
            : new NpgsqlConnection(database["postgres:".Length..]);
        await connection.OpenAsync();
        var table = sqlite ? "enterprises" : "register.enterprises";
        var where = prefix ? "name >= @q AND name < @upper" : "credit_code = @q";
        var times = new List<double>();
        for (var i = 0; i < Warmup + Samples; i++)
        {
            var q = queries[i % queries.Count];
            var clock = Stopwatch.StartNew();
            foreach (var sql in new[]
            {
                $"SELECT COUNT(*) FROM {table} WHERE region_code BETWEEN '350000' AND '359999' AND voided_at IS NULL AND {where}",
                $"SELECT id, credit_code, org_code, name, region_code, industry_code, status FROM {table} WHERE region_code BETWEEN '350000' AND '359999' AND voided_at IS NULL AND {where} ORDER BY name, id LIMIT 20",
            })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                Add(command, "q", q);
                Add(command, "upper", q + '\uffff');
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                }
            }

            if (i >= Warmup)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static void Add(System.Data.Common.DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Credit codes and three-character name prefixes of Fujian rows, which the demo login "fujian" may see.</summary>
    private static (List<string> Codes, List<string> Prefixes) SampleQueries(string csv)
    {
        var codes = new List<string>();
        var prefixes = new List<string>();
        using var reader = CsvDataReader.Create(csv);
        var random = new Random(1);
        while (reader.Read() && codes.Count < 5000)
        {
            if (reader.GetString(2).StartsWith("35", StringComparison.Ordinal) && random.Next(50) == 0)
            {
                codes.Add(reader.GetString(0));
                prefixes.Add(reader.GetString(1)[..3]);
            }
        }

        return (codes.Take(Samples).ToList(), prefixes.Take(Samples).ToList());
    }

    private static Dictionary<string, string> Env(string work) => new()
    {
        ["Zhixin__Audit__KeyFile"] = Path.Combine(work, "keys", "audit-hmac.key"),
    };

    private static void Check(ChildProcess.Run run, string verb)
    {
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"zhixin {verb} failed ({run.ExitCode}): {run.Error}");
        }
    }
}
