using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Zhixin.Benchmarks.Infrastructure;
using Zhixin.Credit;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Host;
using Zhixin.Inspection;
using Zhixin.Plans;
using Zhixin.Platform;
using Zhixin.Platform.Data;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Register;
using Zhixin.Register.Features.GenerateEnterprises;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Benchmarks;

/// <summary>
/// The public lookup (<c>GET /api/v1/public/credit/{code}</c>) under load: <c>zhixin serve</c> on PostgreSQL with N
/// generated firms in the register, each with a credit file and an assessment, some listed, grades published in one
/// province; and beside it a bare ASP.NET Core endpoint answering the same JSON bytes. wrk drives each in turn with 64
/// connections for a fixed time after a warm-up, over random codes of the firms (one in eleven unknown to the register).
/// </summary>
internal static class PublicLookupBenchmark
{
    private const int Connections = 64;
    private const int RecordsPerFirm = 5;
    private const string PublishedProvince = "350000";

    public static async Task<string> RunAsync(string work, int firms, int rounds, int seconds, int threads, int hitCodes)
    {
        var wrk = Wrk.Version() ?? throw new InvalidOperationException("the load generator wrk is not installed (Debian: apt-get install wrk)");
        var keyFile = Path.Combine(work, "keys", "audit-hmac.key");
        Environment.SetEnvironmentVariable("Zhixin__Audit__KeyFile", keyFile);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"firms: {firms:N0}; machine: {Environment.ProcessorCount} cores, {Machine.Cpu()}, {Machine.MemoryGiB()} GiB; load average at start {Machine.LoadAverage()}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine(CultureInfo.InvariantCulture,
            $"load generator: {wrk}, {threads} threads, {Connections} connections; per round and server {seconds / 2} s warm-up, then {seconds} s measured; {rounds} rounds, the servers alternating");

        await using var postgres = new PostgresCluster();
        await postgres.InitializeAsync();
        var database = $"postgres:{await postgres.CreateDatabaseAsync()}";
        await using var data = NpgsqlDataSource.Create(DatabaseTarget.Parse(database).ConnectionString);
        var clock = Stopwatch.StartNew();
        var codes = await SeedAsync(database, data, firms);
        report.AppendLine(CultureInfo.InvariantCulture, $"seeded in {clock.Elapsed.TotalSeconds:N0} s: {firms:N0} firms in the register, {await CreditBenchmark.ScalarAsync(data, "SELECT count(*) FROM credit.credit_records"):N0} credit records, {await CreditBenchmark.ScalarAsync(data, "SELECT count(*) FROM credit.credit_listings"):N0} listings, every firm assessed");

        var random = new Random(11);
        var hits = codes.OrderBy(_ => random.Next()).Take(hitCodes).ToList();
        var misses = Misses(codes, Math.Max(1, hitCodes / 10), random).ToList();
        var appPaths = Path.Combine(work, "app-paths.txt");
        var barePaths = Path.Combine(work, "bare-paths.txt");
        await File.WriteAllLinesAsync(appPaths, hits.Concat(misses).Select(CreditRoutes.ApiPublicFirm));
        await File.WriteAllLinesAsync(barePaths, hits.Concat(misses).Select(c => BareEndpoint.Prefix + c));

        var appPort = Machine.FreePort();
        using var app = await ChildProcess.StartServerAsync(
            new Dictionary<string, string>
            {
                ["Zhixin__Audit__KeyFile"] = keyFile,
                ["Zhixin__DemoData"] = "false",
                // The limiter counts per client address, and every request here comes from 127.0.0.1.
                ["Zhixin__Credit__PublicLookup__PermitsPerMinute"] = "1000000000",
            },
            "serve", "--urls", $"http://127.0.0.1:{appPort}", "--database", database);
        var barePort = Machine.FreePort();
        var body = Path.Combine(work, "body.json");
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{appPort}") };
            await File.WriteAllBytesAsync(body, await CheckAnswersAsync(http, hits, misses));
            using var bare = await ChildProcess.StartServerAsync(
                "Zhixin.Benchmarks.dll", new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" },
                "bare-endpoint", barePort.ToString(CultureInfo.InvariantCulture), body);
            try
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"answer of a hit: {new FileInfo(body).Length:N0} bytes of JSON (the bare endpoint answers these bytes to every request)");
                await MeasureAsync(report, work, http, appPort, barePort, appPaths, barePaths, rounds, seconds, threads, hits.Count, misses.Count);
            }
            finally
            {
                bare.Kill(entireProcessTree: true);
                await bare.WaitForExitAsync();
            }
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"load average at the end {Machine.LoadAverage()}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        return report.ToString();
    }

    private static async Task MeasureAsync(
        StringBuilder report, string work, HttpClient http, int appPort, int barePort, string appPaths, string barePaths,
        int rounds, int seconds, int threads, int hits, int misses)
    {
        var duration = TimeSpan.FromSeconds(seconds);
        var warmup = TimeSpan.FromSeconds(Math.Max(1, seconds / 2));
        var bare = new List<LoadResult>();
        var app = new List<LoadResult>();
        report.AppendLine();
        report.AppendLine("| round | server | requests/s | p50 | p90 | p99 | p99.9 | max | not 2xx | socket errors | load average after |");
        report.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (var round = 1; round <= rounds; round++)
        {
            await Wrk.RunAsync(work, $"http://127.0.0.1:{barePort}", barePaths, threads, Connections, warmup, round);
            var b = await Wrk.RunAsync(work, $"http://127.0.0.1:{barePort}", barePaths, threads, Connections, duration, round);
            bare.Add(b);
            report.AppendLine(Row(round, "bare endpoint", b));

            await Wrk.RunAsync(work, $"http://127.0.0.1:{appPort}", appPaths, threads, Connections, warmup, round);
            var before = await StatusCountsAsync(http);
            var a = await Wrk.RunAsync(work, $"http://127.0.0.1:{appPort}", appPaths, threads, Connections, duration, round);
            var after = await StatusCountsAsync(http);
            app.Add(a);
            report.AppendLine(Row(round, "public lookup", a));
            var rejected = Delta(after, before, "429");
            if (rejected > 0 || a.SocketErrors > 0 || Delta(after, before, "500") > 0)
            {
                throw new InvalidOperationException($"round {round}: {rejected} requests rejected by the rate limiter, {Delta(after, before, "500")} failed, {a.SocketErrors} socket errors");
            }

            // Misses answer 404; everything else must have been found.
            var notFound = Delta(after, before, "404");
            report.AppendLine(CultureInfo.InvariantCulture,
                $"|  | (the platform's own count) | 200: {Delta(after, before, "200"):N0}, 404: {notFound:N0} ({100.0 * notFound / Math.Max(1, Delta(after, before, "200") + notFound):F1} %, expected {100.0 * misses / (hits + misses):F1} %) | | | | | | | | |");
        }

        var bareRate = Median(bare.Select(r => r.PerSecond));
        var appRate = Median(app.Select(r => r.PerSecond));
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"medians of {rounds} rounds:");
        report.AppendLine();
        report.AppendLine("| server | requests/s | p50 | p99 | ratio of requests/s to the bare endpoint |");
        report.AppendLine("|---|---:|---:|---:|---:|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| bare endpoint, fixed JSON | {bareRate:N0} | {Median(bare.Select(r => r.P50Ms)):F2} ms | {Median(bare.Select(r => r.P99Ms)):F2} ms | 1.00 |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| public lookup | {appRate:N0} | {Median(app.Select(r => r.P50Ms)):F2} ms | {Median(app.Select(r => r.P99Ms)):F2} ms | {appRate / bareRate:F2} |");
        report.AppendLine(CultureInfo.InvariantCulture,
            $"per-round ratios: {string.Join(", ", bare.Zip(app, (b, a) => (a.PerSecond / b.PerSecond).ToString("F2", CultureInfo.InvariantCulture)))}");
    }

    private static string Row(int round, string server, LoadResult r) => string.Create(CultureInfo.InvariantCulture,
        $"| {round} | {server} | {r.PerSecond:N0} | {r.P50Ms:F2} ms | {r.P90Ms:F2} ms | {r.P99Ms:F2} ms | {r.P999Ms:F2} ms | {r.MaxMs:F1} ms | {r.Non2xx:N0} | {r.SocketErrors} | {Machine.LoadAverage()} |");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Generated firms in the register, records for each, a black listing for one in a hundred, grades published in one province, every firm assessed.</summary>
    private static async Task<List<string>> SeedAsync(string database, NpgsqlDataSource data, int firms)
    {
        using var host = CommandHost.Build(database, [new PlatformModule(), new RegisterModule(), new InspectionModule(), new PlansModule(), new CreditModule()]);
        await using (var scope = SystemScope.Create(host.Services, "bench"))
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }

        await using (var scope = SystemScope.Create(host.Services, "bench"))
        {
            await scope.ServiceProvider.GetRequiredService<GenerateEnterprisesHandler>().HandleAsync(new GenerateEnterprisesRequest(firms, 1, null), null, CancellationToken.None);
        }

        var register = new List<CreditBenchmark.Firm>();
        await using (var command = data.CreateCommand("SELECT credit_code, name, region_code FROM register.enterprises ORDER BY credit_code"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                register.Add(new CreditBenchmark.Firm(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var today = ChinaTime.Today(TimeProvider.System);
        await CreditBenchmark.GenerateAsync(data, register, RecordsPerFirm, today);
        await using (var scope = SystemScope.Create(host.Services, "bench"))
        {
            var db = scope.ServiceProvider.GetRequiredService<CreditDbContext>();
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < register.Count; i += 100)
            {
                var firm = register[i];
                db.Listings.Add(new CreditListing
                {
                    Id = Guid.CreateVersion7(now),
                    EnterpriseCreditCode = firm.Code,
                    EnterpriseName = firm.Name,
                    RegionCode = firm.Region,
                    Kind = CreditListKind.Black,
                    Status = ListingStatus.Listed,
                    RulesVersion = 1,
                    Grounds = "基准：严重质量违法",
                    LegalBasis = "基准",
                    ProposedAt = now,
                    ProposedBy = "bench",
                    DecisionNumber = "基准〔2026〕" + i.ToString(CultureInfo.InvariantCulture) + "号",
                    DecidedOn = today.AddDays(-30),
                    Authority = "基准市场监督管理局",
                    ListedFrom = today.AddDays(-30),
                    ListedUntil = today.AddYears(3),
                    GradeAtBest = CreditGrade.D,
                    ListedAt = now,
                    ListedBy = "bench",
                });
            }

            db.GradePublications.Add(new GradePublication { RegionCode = PublishedProvince, Published = true, UpdatedAt = now, UpdatedBy = "bench" });
            await db.SaveChangesAsync();
        }

        await CreditBenchmark.RescoreAllAsync(host);
        await CreditBenchmark.ExecuteAsync(data, "VACUUM ANALYZE");
        return [.. register.Select(f => f.Code)];
    }

    /// <summary>Valid credit codes that no firm of the register has: the lookup must read the register to say 404.</summary>
    private static IEnumerable<string> Misses(List<string> codes, int count, Random random)
    {
        var known = codes.ToHashSet(StringComparer.Ordinal);
        var found = 0;
        while (found < count)
        {
            var code = CreditBenchmark.Code("350203", 90_000_000 + random.Next(9_000_000));
            if (known.Add(code))
            {
                found++;
                yield return code;
            }
        }
    }

    /// <summary>The app answers a hit with the firm's view and a miss with 404 before any load; returns a hit's answer.</summary>
    private static async Task<byte[]> CheckAnswersAsync(HttpClient http, List<string> hits, List<string> misses)
    {
        byte[]? sample = null;
        foreach (var code in hits.Take(50))
        {
            using var response = await http.GetAsync(CreditRoutes.ApiPublicFirm(code));
            var bytes = await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode || !Encoding.UTF8.GetString(bytes).Contains(code, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{code}: {(int)response.StatusCode} {Encoding.UTF8.GetString(bytes)}");
            }

            // The largest answer among the first ones, so the bare endpoint sends no fewer bytes than a typical hit.
            sample = sample is null || bytes.Length > sample.Length ? bytes : sample;
        }

        foreach (var code in misses.Take(10))
        {
            using var response = await http.GetAsync(CreditRoutes.ApiPublicFirm(code));
            if ((int)response.StatusCode != 404)
            {
                throw new InvalidOperationException($"{code} (not in the register): {(int)response.StatusCode}");
            }
        }

        return sample!;
    }

    /// <summary>The platform's request counter by status code (prometheus-net's <c>http_requests_received_total</c>).</summary>
    private static async Task<Dictionary<string, double>> StatusCountsAsync(HttpClient http)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in (await http.GetStringAsync("/metrics")).Split('\n'))
        {
            if (!line.StartsWith("http_requests_received_total{", StringComparison.Ordinal))
            {
                continue;
            }

            var at = line.IndexOf("code=\"", StringComparison.Ordinal) + 6;
            var code = line[at..line.IndexOf('"', at)];
            counts[code] = counts.GetValueOrDefault(code) + double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
        }

        return counts;
    }

    private static long Delta(Dictionary<string, double> after, Dictionary<string, double> before, string code) =>
        (long)(after.GetValueOrDefault(code) - before.GetValueOrDefault(code));
}
