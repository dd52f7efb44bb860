using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using NpgsqlTypes;
using Zhixin.Benchmarks.Infrastructure;
using Zhixin.Credit;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Host;
using Zhixin.Inspection;
using Zhixin.Plans;
using Zhixin.Platform;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Data;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Register;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Benchmarks;

/// <summary>
/// Credit scoring at scale on PostgreSQL: N generated firms with about R records each, then the full rescoring (first
/// run, which stores every firm's assessment; a second run, which finds nothing changed, as a night without new
/// records does; the same with every firm scored; a night after 1 % of the firms got a record written in SQL) against
/// one hand-written SQL aggregate computing the same scores from the same rows; and one firm's rescoring after a new
/// record. The scores of the full rescoring are checked equal to the aggregate's.
/// </summary>
internal static class CreditBenchmark
{
    private const int Seed = 5;
    private const int SqlSamples = 3;
    private const int OneFirmSamples = 200;

    private static readonly string[] Counties = ["350203", "350206", "350211", "350102", "350104", "410102", "410105", "360302", "120101", "120102"];

    /// <summary>
    /// Scoring rule set 1 as one aggregate: each record's rule (the first that matches its kind and severity), counting
    /// while the record's date plus the rule's months is after today, capped per firm and rule, added to 100, never below 0.
    /// </summary>
    private const string Aggregate = """
        WITH rules(code, kind, severity, points, months, cap) AS (VALUES
            ('N1', 1, NULL, -15, 24, NULL), ('N2.1', 2, 1, -5, 3, NULL), ('N2.2', 2, 2, -20, 12, NULL), ('N2.3', 2, 3, -40, 36, NULL),
            ('N3', 3, NULL, -5, 12, 20), ('N4', 4, NULL, -10, 24, NULL), ('N5.1', 5, 3, -40, 36, NULL), ('N5.2', 5, NULL, -20, 24, NULL),
            ('P1', 11, NULL, 2, 36, 6), ('P2', 12, NULL, 5, 36, 10), ('P3', 13, NULL, 3, 36, 6), ('P4', 14, NULL, 1, 12, 2)),
        matched AS (
            SELECT r.enterprise_credit_code AS firm, u.code, u.points, u.cap
            FROM credit.credit_records r
            JOIN rules u ON u.kind = r.kind
                AND (u.severity = r.severity OR (u.severity IS NULL AND NOT (r.kind = 5 AND r.severity = 3)))
            WHERE r.voided_at IS NULL AND r.occurred_on <= @today
                AND (r.occurred_on + make_interval(months => u.months))::date > @today),
        per_rule AS (
            SELECT firm, CASE WHEN cap IS NULL THEN sum(points)
                              WHEN sum(points) < 0 THEN greatest(sum(points), -cap)
                              ELSE least(sum(points), cap) END AS points
            FROM matched GROUP BY firm, code, cap)
        SELECT firm, greatest(0, 100 + sum(points)) AS score FROM per_rule GROUP BY firm
        """;

    public static async Task<string> RunAsync(string work, int firms, int recordsPerFirm)
    {
        Environment.SetEnvironmentVariable("Zhixin__Audit__KeyFile", Path.Combine(work, "keys", "audit-hmac.key"));
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"firms: {firms:N0}, about {recordsPerFirm} records each; machine: {Environment.ProcessorCount} cores, {Machine.Cpu()}, {Machine.MemoryGiB()} GiB; load average at start {Machine.LoadAverage()}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        try
        {
            await using var postgres = new PostgresCluster();
            await postgres.InitializeAsync();
            var database = $"postgres:{await postgres.CreateDatabaseAsync()}";
            var connectionString = DatabaseTarget.Parse(database).ConnectionString;
            using var host = CommandHost.Build(database, [new PlatformModule(), new RegisterModule(), new InspectionModule(), new PlansModule(), new CreditModule()]);
            await using (var scope = SystemScope.Create(host.Services, "bench"))
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            }

            var today = ChinaTime.Today(TimeProvider.System);
            await using var data = NpgsqlDataSource.Create(connectionString);
            var clock = Stopwatch.StartNew();
            var written = await GenerateAsync(data, Firms(firms), recordsPerFirm, today);
            report.AppendLine(CultureInfo.InvariantCulture, $"generated {written:N0} records by COPY in {clock.Elapsed.TotalSeconds:N0} s");
            await ExecuteAsync(data, "VACUUM ANALYZE credit.credit_records");
            report.AppendLine(CultureInfo.InvariantCulture,
                $"table credit.credit_records: {await ScalarAsync(data, "SELECT pg_size_pretty(pg_total_relation_size('credit.credit_records'))")} with its indexes");

            var (sqlMedian, expected) = await AggregateAsync(data, today);
            report.AppendLine();
            report.AppendLine("| what | time | ratio to the SQL aggregate |");
            report.AppendLine("|---|---:|---:|");
            report.AppendLine(CultureInfo.InvariantCulture, $"| hand-written SQL aggregate, same scores (median of {SqlSamples}) | {sqlMedian:N1} s | 1.00 |");

            var first = await RescoreAllAsync(host);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| full rescoring, first run ({first.Result.Changed:N0} assessments stored) | {first.Seconds:N1} s | {first.Seconds / sqlMedian:F2} |");
            await ExecuteAsync(data, "VACUUM ANALYZE credit.credit_assessments");
            // Nothing changes between these runs, so they can be repeated, unlike the first.
            var unchanged = new List<(RescoreAllResult Result, double Seconds)>();
            for (var sample = 0; sample < SqlSamples; sample++)
            {
                unchanged.Add(await RescoreAllAsync(host));
            }

            var second = unchanged.OrderBy(r => r.Seconds).ElementAt(unchanged.Count / 2);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| full rescoring, nothing changed ({string.Join(", ", unchanged.Select(r => r.Result.Changed.ToString("N0", CultureInfo.InvariantCulture)))} stored; median of {SqlSamples}: {string.Join(", ", unchanged.Select(r => r.Seconds.ToString("N1", CultureInfo.InvariantCulture)))} s) | {second.Seconds:N1} s | {second.Seconds / sqlMedian:F2} |");
            await CheckScoresAsync(data, expected, first.Result.Enterprises);

            var everyFirm = await RescoreAllAsync(host, all: true);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| full rescoring with `--all`, nothing changed (every firm scored, {everyFirm.Result.Changed:N0} stored) | {everyFirm.Seconds:N1} s | {everyFirm.Seconds / sqlMedian:F2} |");
            var touched = await AddRecordsBySqlAsync(data, today, everyNth: 100);
            var night = await RescoreAllAsync(host);
            if (night.Result.Changed < touched)
            {
                throw new InvalidOperationException($"{touched:N0} firms were given a new failed spot check, but only {night.Result.Changed:N0} assessments changed");
            }

            report.AppendLine(CultureInfo.InvariantCulture,
                $"| full rescoring after a new record for 1 % of the firms, written in SQL behind the platform's back ({night.Result.Scored:N0} scored, {night.Result.Changed:N0} stored) | {night.Seconds:N1} s | {night.Seconds / sqlMedian:F2} |");

            var oneFirm = await OneFirmAsync(host, data, today);
            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture,
                $"one firm scored again after a new record ({OneFirmSamples} firms, each with a new record inserted first): median {oneFirm.Median:F1} ms, p95 {oneFirm.P95:F1} ms, p99 {oneFirm.P99:F1} ms");
        }
        catch
        {
            await Console.Error.WriteLineAsync(report.ToString());
            throw;
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"load average at the end {Machine.LoadAverage()}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        return report.ToString();
    }

    /// <summary>A firm the records are generated for.</summary>
    public sealed record Firm(string Code, string Name, string Region);

    /// <summary>Firms of ten counties, numbered, with valid codes; not in the register.</summary>
    private static IEnumerable<Firm> Firms(int count)
    {
        for (var firm = 0; firm < count; firm++)
        {
            var region = Counties[firm % Counties.Length];
            yield return new Firm(Code(region, firm), "信用基准企业" + firm.ToString(CultureInfo.InvariantCulture) + "有限公司", region);
        }
    }

    /// <summary>Records of every kind over the last four years for each firm (0 to twice the average), written by binary COPY.</summary>
    public static async Task<long> GenerateAsync(NpgsqlDataSource data, IEnumerable<Firm> firms, int recordsPerFirm, DateOnly today)
    {
        var random = new Random(Seed);
        var created = DateTimeOffset.UtcNow;
        long written = 0;
        await using var connection = await data.OpenConnectionAsync();
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY credit.credit_records (id, enterprise_credit_code, enterprise_name, region_code, kind, severity, occurred_on, title, " +
            "document_number, authority, source_module, source_reference, created_at, created_by) FROM STDIN (FORMAT BINARY)");
        int[] kinds = [1, 1, 2, 2, 3, 3, 3, 4, 5, 11, 11, 12, 13, 14];
        foreach (var (code, name, region) in firms)
        {
            var count = random.Next(0, 2 * recordsPerFirm + 1);
            for (var i = 0; i < count; i++)
            {
                var kind = kinds[random.Next(kinds.Length)];
                var severity = kind == 2 ? random.Next(1, 4) : kind == 5 ? random.Next(0, 4) : 0;
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(created), NpgsqlDbType.Uuid);
                await copy.WriteAsync(code, NpgsqlDbType.Varchar);
                await copy.WriteAsync(name, NpgsqlDbType.Varchar);
                await copy.WriteAsync(region, NpgsqlDbType.Varchar);
                await copy.WriteAsync(kind, NpgsqlDbType.Integer);
                await copy.WriteAsync(severity, NpgsqlDbType.Integer);
                await copy.WriteAsync(today.AddDays(-random.Next(0, 4 * 365)), NpgsqlDbType.Date);
                await copy.WriteAsync("基准记录" + i.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
                await copy.WriteAsync("基准〔2026〕" + written.ToString(CultureInfo.InvariantCulture) + "号", NpgsqlDbType.Varchar);
                await copy.WriteAsync("基准市场监督管理局", NpgsqlDbType.Varchar);
                await copy.WriteAsync("bench", NpgsqlDbType.Varchar);
                await copy.WriteAsync(written.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
                await copy.WriteAsync(created, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("bench", NpgsqlDbType.Varchar);
                written++;
            }
        }

        await copy.CompleteAsync();
        return written;
    }

    /// <summary>A valid unified social credit code of the county, unique per firm number.</summary>
    public static string Code(string region, int firm)
    {
        var body = firm.ToString("D8", CultureInfo.InvariantCulture);
        var first17 = "91" + region + body + OrgCode.ComputeCheckCharacter(body);
        return first17 + CreditCode.ComputeCheckCharacter(first17);
    }

    private static async Task<(double Median, Dictionary<string, decimal> Scores)> AggregateAsync(NpgsqlDataSource data, DateOnly today)
    {
        var times = new List<double>();
        var scores = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var sample = 0; sample < SqlSamples; sample++)
        {
            scores.Clear();
            var clock = Stopwatch.StartNew();
            await using var command = data.CreateCommand(Aggregate);
            command.CommandTimeout = 0;
            command.Parameters.AddWithValue("today", today);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                scores[reader.GetString(0)] = reader.GetDecimal(1);
            }

            times.Add(clock.Elapsed.TotalSeconds);
        }

        times.Sort();
        return (times[times.Count / 2], scores);
    }

    public static async Task<(RescoreAllResult Result, double Seconds)> RescoreAllAsync(IHost host, bool all = false)
    {
        await using var scope = SystemScope.Create(host.Services, "bench");
        var clock = Stopwatch.StartNew();
        var result = await scope.ServiceProvider.GetRequiredService<RescoreAllHandler>()
            .HandleAsync("rescore", RescoreAllHandler.ChunkSize, all, null, CancellationToken.None);
        return (result, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Every stored score equals the aggregate's; a firm the aggregate leaves out (nothing counting) scores 100.</summary>
    private static async Task CheckScoresAsync(NpgsqlDataSource data, Dictionary<string, decimal> expected, int enterprises)
    {
        var compared = 0;
        await using var command = data.CreateCommand("SELECT enterprise_credit_code, score FROM credit.credit_assessments WHERE is_current");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var code = reader.GetString(0);
            var want = expected.TryGetValue(code, out var score) ? score : 100m;
            if (reader.GetDecimal(1) != want)
            {
                throw new InvalidOperationException($"{code}: the rescoring stored {reader.GetDecimal(1)}, the aggregate says {want}");
            }

            compared++;
        }

        if (compared != enterprises)
        {
            throw new InvalidOperationException($"{compared} current assessments for {enterprises} firms");
        }
    }

    /// <summary>A failed spot check dated today for every Nth firm with an assessment, inserted in one statement: no scoring follows.</summary>
    private static async Task<int> AddRecordsBySqlAsync(NpgsqlDataSource data, DateOnly today, int everyNth)
    {
        await using var command = data.CreateCommand(
            "INSERT INTO credit.credit_records (id, enterprise_credit_code, enterprise_name, region_code, kind, severity, occurred_on, title, source_module, source_reference, created_at, created_by) " +
            "SELECT gen_random_uuid(), a.enterprise_credit_code, '信用基准企业', a.region_code, 1, 0, @today, '新抽查不合格', 'bench-night', a.enterprise_credit_code, now(), 'bench' " +
            "FROM (SELECT enterprise_credit_code, region_code, row_number() OVER (ORDER BY enterprise_credit_code) AS n FROM credit.credit_assessments WHERE is_current) a " +
            "WHERE a.n % @nth = 0");
        command.Parameters.AddWithValue("today", today);
        command.Parameters.AddWithValue("nth", everyNth);
        command.CommandTimeout = 0;
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>A new record inserted for a firm (not timed), then that firm scored again through the rescorer (timed).</summary>
    private static async Task<(double Median, double P95, double P99)> OneFirmAsync(IHost host, NpgsqlDataSource data, DateOnly today)
    {
        var codes = new List<string>();
        await using (var command = data.CreateCommand($"SELECT enterprise_credit_code FROM credit.credit_assessments WHERE is_current ORDER BY md5(enterprise_credit_code) LIMIT {OneFirmSamples + 20}"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                codes.Add(reader.GetString(0));
            }
        }

        var times = new List<double>();
        for (var i = 0; i < codes.Count; i++)
        {
            await using (var insert = data.CreateCommand(
                "INSERT INTO credit.credit_records (id, enterprise_credit_code, enterprise_name, region_code, kind, severity, occurred_on, title, source_module, source_reference, created_at, created_by) " +
                "SELECT @id, enterprise_credit_code, enterprise_name, region_code, 1, 0, @today, '新抽查不合格', 'bench-new', @id::text, now(), 'bench' FROM credit.credit_records WHERE enterprise_credit_code = @code LIMIT 1"))
            {
                insert.Parameters.AddWithValue("id", Guid.NewGuid());
                insert.Parameters.AddWithValue("today", today);
                insert.Parameters.AddWithValue("code", codes[i]);
                await insert.ExecuteNonQueryAsync();
            }

            var clock = Stopwatch.StartNew();
            var result = await host.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope().ServiceProvider
                .GetRequiredService<EnterpriseRescorer>().RescoreAsync(codes[i], "record", CancellationToken.None);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (!result.Changed)
            {
                throw new InvalidOperationException($"{codes[i]}: a new failed spot check did not change the assessment");
            }

            // The first ones warm up the connection pool and the compiled queries.
            if (i >= 20)
            {
                times.Add(elapsed);
            }
        }

        times.Sort();
        return (times[times.Count / 2], times[(int)(times.Count * 0.95)], times[(int)(times.Count * 0.99)]);
    }

    public static async Task ExecuteAsync(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<string> ScalarAsync(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand(sql);
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "";
    }
}
