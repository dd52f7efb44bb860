using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Zhixin.Benchmarks;
using Zhixin.Inspection.Features.GenerateBatches;
using Zhixin.Inspection.Features.GetPassRates;
using Zhixin.Inspection.Features.GetPassRateTrend;
using Zhixin.Platform.Data;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Inspection.Statistics;

/// <summary>
/// The statistics benchmark times the handler against hand-written SQL (bench/Zhixin.Benchmarks/PassRateSql.cs,
/// compiled in here). On a small generated set, both forms of that SQL must give the
/// handler's cells, so the benchmark compares two ways of computing the same numbers.
/// </summary>
public sealed class BenchmarkYardstickTests(Apps apps) : IClassFixture<Apps>
{
    private const int Year = 2025;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task HandWrittenSql_OnGeneratedBatches_GivesTheHandlersTable(Engine engine)
    {
        var app = apps[engine];
        await GenerateAsync(app, 20_000, 7);
        // Generated firms seldom meet twice in one product and county, so the set is made denser for the distinct
        // counts to matter: counties become one per city and each has ten firms; and a tenth of the batches are voided.
        var batches = RawSql.Table(app, "inspection", "batches");
        await RawSql.ExecuteAsync(app, $"UPDATE {batches} SET region_code = substr(region_code, 1, 4) || '01'");
        await RawSql.ExecuteAsync(app, $"UPDATE {batches} SET enterprise_credit_code = region_code || substr(sampling_number, length(sampling_number), 1)");
        await RawSql.ExecuteAsync(app, $"UPDATE {batches} SET voided_at = created_at WHERE sampling_number LIKE '%7'");

        var all = await TableAsync(app, null);
        var fujian = await TableAsync(app, "35");
        await using var connection = await OpenAsync(app);
        var postgres = engine == Engine.Postgres;
        var direct = await PassRateSql.RunAsync(connection, PassRateSql.Direct(postgres), Year, cancellationToken: Cancel);
        var perFirm = await PassRateSql.RunAsync(connection, PassRateSql.PerFirm(postgres), Year, cancellationToken: Cancel);
        var yearBefore = await PassRateSql.RunAsync(connection, PassRateSql.BatchesOnly(postgres), Year - 1, cancellationToken: Cancel);
        var totals = await PassRateSql.RunAsync(connection, PassRateSql.Totals(postgres), Year, cancellationToken: Cancel);
        var scoped = await PassRateSql.RunAsync(connection, PassRateSql.Direct(postgres, scoped: true), Year, "350000", "359999", Cancel);

        Assert.True(direct.Values.Count(c => c.Firms < c.Tested) > 100);
        Assert.True(direct.Values.Count(c => c.FirmsFailed > 0 && c.FirmsFailed < c.Failed) > 10);
        Assert.Equal(Cells(all), direct.OrderBy(c => c.Key));
        Assert.Equal(Cells(all), perFirm.OrderBy(c => c.Key));
        Assert.Equal(Cells(fujian), scoped.OrderBy(c => c.Key));
        Assert.Equal(totals[("", "")], Counts(all.Total));
        // The handler counts the year before by batches only; its cells and its totals row must agree with the SQL.
        Assert.All(all.Cells.Where(c => c.YearOnYear is not null), cell =>
        {
            var earlier = yearBefore[(cell.Keys[0].Code, cell.Keys[1].Code)];
            Assert.Equal((earlier.Tested, earlier.Failed), (cell.YearOnYear!.EarlierTested, cell.YearOnYear.EarlierFailed));
        });
        Assert.Equal((yearBefore.Values.Sum(c => c.Tested), yearBefore.Values.Sum(c => c.Failed)), (all.Total.YearOnYear!.EarlierTested, all.Total.YearOnYear.EarlierFailed));
        Assert.All(all.Cells, c => Assert.StartsWith("合成产品", c.Keys[0].Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Trend_WithoutEnterprises_GivesTheHandWrittenBatchesAndNoFirmCounts(Engine engine)
    {
        var app = apps[engine];
        await GenerateAsync(app, 2_000, 8);
        var request = new GetPassRateTrendRequest(Year - 4, Year, null, null, null, "35", null, null, null, null, null);

        var (full, batchesOnly) = await app.WithServicesAsync(async services =>
        {
            var trend = services.GetRequiredService<GetPassRateTrendHandler>();
            return ((await trend.HandleAsync(request, Cancel)).Value!, (await trend.HandleAsync(request, enterprises: false, Cancel)).Value!);
        });
        await using var connection = await OpenAsync(app);
        var byHand = await PassRateSql.RunAsync(connection, PassRateSql.TrendBatches(engine == Engine.Postgres, scoped: true), Year, "350000", "359999", Cancel);

        Assert.Equal(full.Periods.Select(p => (p.Period, p.Batches, p.FromPrevious)), batchesOnly.Periods.Select(p => (p.Period, p.Batches, p.FromPrevious)));
        Assert.Equal(byHand.OrderBy(p => p.Key.Product).Select(p => (p.Key.Product, p.Value.Tested, p.Value.Failed)),
            batchesOnly.Periods.Where(p => p.Batches.Tested > 0).Select(p => (p.Period, (long)p.Batches.Tested, (long)p.Batches.Failed)));
        Assert.Contains(full.Periods, p => p.Enterprises.Tested > 0);
        Assert.All(batchesOnly.Periods, p => Assert.Equal(0, p.Enterprises.Tested));
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task<long> GenerateAsync(ZhixinApp app, long count, int seed) =>
        app.WithServicesAsync(services => services.GetRequiredService<GenerateBatchesHandler>().HandleAsync(new GenerateBatchesRequest(count, seed), null, Cancel));

    /// <summary>The handler's table of the year by product × county as the system asks for it, optionally for one region.</summary>
    private static Task<GetPassRatesResponse> TableAsync(ZhixinApp app, string? region) =>
        app.WithServicesAsync(async services => (await services.GetRequiredService<GetPassRatesHandler>().HandleAsync(
            new GetPassRatesRequest(Year, null, null, null, "product,region", "county", null, null, region, null, null, null, null, null, null, null), Cancel)).Value!);

    private static IOrderedEnumerable<KeyValuePair<(string, string), PassRateSql.Cell>> Cells(GetPassRatesResponse table) =>
        table.Cells.ToDictionary(c => (c.Keys[0].Code, c.Keys[1].Code), Counts).OrderBy(c => c.Key);

    private static PassRateSql.Cell Counts(PassRateCell cell) =>
        new(cell.Batches.Tested, cell.Batches.Failed, cell.Enterprises.Tested, cell.Enterprises.Failed);

    private static async Task<DbConnection> OpenAsync(ZhixinApp app)
    {
        var connection = Open(app);
        await connection.OpenAsync(Cancel);
        return connection;
    }

    private static DbConnection Open(ZhixinApp app)
    {
        var target = DatabaseTarget.Parse(app.DatabaseSetting);
        return target.Provider == DatabaseProvider.Sqlite ? new SqliteConnection(target.ConnectionString) : new NpgsqlConnection(target.ConnectionString);
    }
}
