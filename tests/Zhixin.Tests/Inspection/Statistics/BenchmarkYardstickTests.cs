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
    public async Task HandWrittenSql_OnGeneratedBatches_GivesTheHandlersCells(Engine engine)
    {
        var app = apps[engine];
        await app.WithServicesAsync(services =>
            services.GetRequiredService<GenerateBatchesHandler>().HandleAsync(new GenerateBatchesRequest(20_000, 7), null, TestContext.Current.CancellationToken));
        // Generated firms seldom meet twice in one product and county, so the set is made denser for the distinct
        // counts to matter: counties become one per city and each has ten firms; and a tenth of the batches are voided.
        var batches = RawSql.Table(app, "inspection", "batches");
        await RawSql.ExecuteAsync(app, $"UPDATE {batches} SET region_code = substr(region_code, 1, 4) || '01'");
        await RawSql.ExecuteAsync(app, $"UPDATE {batches} SET enterprise_credit_code = region_code || substr(sampling_number, length(sampling_number), 1)");
        await RawSql.ExecuteAsync(app, $"UPDATE {batches} SET voided_at = created_at WHERE sampling_number LIKE '%7'");

        var response = await app.WithServicesAsync(async services =>
            (await services.GetRequiredService<GetPassRatesHandler>().HandleAsync(
                new GetPassRatesRequest(Year, null, null, null, "product,region", "county", null, null, null, null, null, null, null, null, null, null),
                TestContext.Current.CancellationToken)).Value!);
        var handler = response.Cells.ToDictionary(
            c => (c.Keys[0].Code, c.Keys[1].Code),
            c => new PassRateSql.Cell(c.Batches.Tested, c.Batches.Failed, c.Enterprises.Tested, c.Enterprises.Failed));

        await using var connection = Open(app);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var postgres = engine == Engine.Postgres;
        var direct = await PassRateSql.RunAsync(connection, PassRateSql.Direct(postgres), Year, TestContext.Current.CancellationToken);
        var perFirm = await PassRateSql.RunAsync(connection, PassRateSql.PerFirm(postgres), Year, TestContext.Current.CancellationToken);
        var yearBefore = await PassRateSql.RunAsync(connection, PassRateSql.Direct(postgres), Year - 1, TestContext.Current.CancellationToken);

        Assert.True(direct.Values.Count(c => c.Firms < c.Tested) > 100);
        Assert.True(direct.Values.Count(c => c.FirmsFailed > 0 && c.FirmsFailed < c.Failed) > 10);
        Assert.Equal(handler.OrderBy(c => c.Key), direct.OrderBy(c => c.Key));
        Assert.Equal(handler.OrderBy(c => c.Key), perFirm.OrderBy(c => c.Key));
        // The year before is counted separately by the handler; its batches must agree too.
        foreach (var cell in response.Cells.Where(c => c.YearOnYear is not null))
        {
            var earlier = yearBefore[(cell.Keys[0].Code, cell.Keys[1].Code)];
            Assert.Equal((earlier.Tested, earlier.Failed), (cell.YearOnYear!.EarlierTested, cell.YearOnYear.EarlierFailed));
        }

        Assert.Equal(yearBefore.Values.Sum(c => c.Tested), response.Total.YearOnYear!.EarlierTested);
        Assert.Equal(direct.Values.Sum(c => c.Tested), response.Total.Batches.Tested);
        Assert.All(response.Cells, c => Assert.StartsWith("合成产品", c.Keys[0].Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Trend_WithoutEnterprises_GivesTheSameBatchRatesAndNoFirmCounts(Engine engine)
    {
        var app = apps[engine];
        await app.WithServicesAsync(services =>
            services.GetRequiredService<GenerateBatchesHandler>().HandleAsync(new GenerateBatchesRequest(2_000, 8), null, TestContext.Current.CancellationToken));
        var request = new GetPassRateTrendRequest(2022, 2026, "quarter", null, null, "35", null, null, null, null, null);

        var (full, batchesOnly) = await app.WithServicesAsync(async services =>
        {
            var trend = services.GetRequiredService<GetPassRateTrendHandler>();
            return ((await trend.HandleAsync(request, TestContext.Current.CancellationToken)).Value!,
                (await trend.HandleAsync(request, enterprises: false, TestContext.Current.CancellationToken)).Value!);
        });

        Assert.Equal(full.Periods.Select(p => (p.Period, p.Batches, p.FromPrevious)), batchesOnly.Periods.Select(p => (p.Period, p.Batches, p.FromPrevious)));
        Assert.Contains(full.Periods, p => p.Enterprises.Tested > 0);
        Assert.All(batchesOnly.Periods, p => Assert.Equal(0, p.Enterprises.Tested));
    }

    private static DbConnection Open(ZhixinApp app)
    {
        var target = DatabaseTarget.Parse(app.DatabaseSetting);
        return target.Provider == DatabaseProvider.Sqlite ? new SqliteConnection(target.ConnectionString) : new NpgsqlConnection(target.ConnectionString);
    }
}
