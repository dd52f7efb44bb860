using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Features.GenerateBatches;
using Zhixin.Inspection.Features.GetPassRates;
using Zhixin.Inspection.Features.GetPassRateTrend;
using Zhixin.Inspection.Features.PassRateSummary;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Scoping;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Inspection.Statistics;

/// <summary>
/// The pre-aggregate (预汇总) answers the tables it can answer with exactly the live counts, for every caller and
/// grouping it serves, and stops answering the moment a save changes the year's batches.
/// </summary>
public sealed class PassRateSummaryTests(Apps apps) : IClassFixture<Apps>
{
    private const int Year = 2025;

    private static readonly string County = BatchGenerator.Counties.First(c => c.StartsWith("3502", StringComparison.Ordinal));

    /// <summary>Who asks: the system (whole country), a provincial and a county regulator.</summary>
    private static readonly (string Name, string? Region)[] Callers = [("system", null), ("fujian", "350000"), ("county", County)];

    /// <summary>Tables the pre-aggregate serves: product and region groupings at every level, with region and product filters.</summary>
    private static readonly GetPassRatesRequest[] Served =
    [
        Table("product", null),
        Table("region", null),
        Table("region", "province"),
        Table("region", "city"),
        Table("region", "county"),
        Table("product,region", "county"),
        Table("region,product", "city"),
        Table("product", null) with { Region = "3502" },
        Table("product,region", "county") with { Region = "350000" },
        Table("region", "county") with { Product = "G007" },
        Table("product", null) with { Product = "G012", Order = "worst", Method = "clopper-pearson" },
    ];

    /// <summary>Tables it cannot serve: other dimensions, other filters, a quarter, a range of days.</summary>
    private static readonly GetPassRatesRequest[] NotServed =
    [
        Table("category", null),
        Table("product,channel", null),
        Table("product", null) with { Channel = "Retail" },
        Table("region", "county") with { FirmSize = "Small" },
        Table("product", null) with { Quarter = 2 },
        Table("product", null) with { Year = null, From = new DateOnly(Year, 3, 1), To = new DateOnly(Year, 8, 31) },
    ];

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Summary_GivesTheLiveTables_AndLeavesTheOthersLive(Engine engine)
    {
        var app = apps[engine];
        await ArrangeAsync(app, 6_000, seed: 11);
        var live = await AnswersAsync(app);
        Assert.All(live, a => Assert.Null(a.SummarisedAt));

        var built = await BuildAsync(app, Year, Year - 1);
        Assert.All(built, b => Assert.True(b.Built));
        var summarised = await AnswersAsync(app);

        Assert.Equal(live.Select(a => a.Key), summarised.Select(a => a.Key));
        Assert.All(live.Zip(summarised), pair => Assert.Equal(pair.First.Json, pair.Second.Json));
        Assert.All(summarised, a => Assert.Equal(a.Served, a.SummarisedAt is not null));
        // The set is dense enough that enterprises and batches differ, so counting firms per row is exercised.
        var table = await TableAsync(app, null, Table("product,region", "county"));
        Assert.Contains(table.Cells, c => c.Enterprises.Tested < c.Batches.Tested);
        Assert.True(table.Total.Enterprises.Tested < table.Cells.Sum(c => c.Enterprises.Tested));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Trend_FromTheSummary_EqualsTheLiveTrend(Engine engine)
    {
        var app = apps[engine];
        await ArrangeAsync(app, 3_000, seed: 12);
        var requests = new[]
        {
            new GetPassRateTrendRequest(Year - 4, Year, null, null, null, null, null, null, null, null, null),
            new GetPassRateTrendRequest(Year - 4, Year, null, "G003", null, "35", null, null, null, null, null),
            new GetPassRateTrendRequest(Year - 6, Year, null, null, null, County, null, null, null, null, null),
        };
        var live = await TrendsAsync(app, requests);

        // Two of the five years summarised: the trend reads those and counts the rest live.
        await BuildAsync(app, Year, Year - 2);
        var mixed = await TrendsAsync(app, requests);

        Assert.Equal(live, mixed);
        Assert.Contains(live, json => json.Contains("\"Tested\":0", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ASaveToTheYear_StopsTheSummaryAnswering_UntilItIsCountedAgain(Engine engine)
    {
        var app = apps[engine];
        await ArrangeAsync(app, 2_000, seed: 13);
        await BuildAsync(app, Year);
        var request = Table("product", null);
        var before = await TableAsync(app, null, request);
        Assert.NotNull(before.Basis.SummarisedAt);

        // A batch of the year is voided through the model, as the void use case does.
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<InspectionDbContext>();
            var batch = await db.Batches.FirstAsync(b => b.SampleYear == Year && b.Verdict != null && b.ProductCode == "G001", Cancel);
            batch.VoidedAt = app.Clock.GetUtcNow();
            batch.VoidedBy = "test";
            batch.VoidReason = "录入错误";
            return await db.SaveChangesAsync(Cancel);
        });
        var after = await TableAsync(app, null, request);

        Assert.Null(after.Basis.SummarisedAt);
        Assert.Equal(before.Total.Batches.Tested - 1, after.Total.Batches.Tested);

        var refreshed = await RefreshAsync(app, minimumBatches: 1);
        var again = await TableAsync(app, null, request);

        Assert.Contains(refreshed, r => r.Year == Year && r.Built);
        Assert.NotNull(again.Basis.SummarisedAt);
        Assert.Equal(Json(after), Json(again));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Refresh_LeavesSmallYearsLive_AndDoesNotLookAtThemAgainUntilTheyChange(Engine engine)
    {
        var app = apps[engine];
        await ArrangeAsync(app, 500, seed: 14);
        await BuildAsync(app, Year);

        var first = await RefreshAsync(app, minimumBatches: 1_000_000);
        var second = await RefreshAsync(app, minimumBatches: 1_000_000);
        var table = await TableAsync(app, null, Table("product", null));

        // The generated years other than 2025 were stale; every one is found too small, 2025 loses its summary
        // only once it changes (here it did not, so it keeps answering).
        Assert.NotEmpty(first);
        Assert.All(first, r => Assert.False(r.Built));
        Assert.DoesNotContain(first, r => r.Year == Year);
        Assert.Empty(second);
        Assert.NotNull(table.Basis.SummarisedAt);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static GetPassRatesRequest Table(string groupBy, string? regionLevel) =>
        new(Year, null, null, null, groupBy, regionLevel, null, null, null, null, null, null, null, null, null, null);

    /// <summary>Generated batches made denser (one county per city, ten firms each) so that firms meet in cells, and a tenth voided.</summary>
    private static async Task ArrangeAsync(ZhixinApp app, int count, int seed)
    {
        var batches = RawSql.Table(app, "inspection", "batches");
        await RawSql.ExecuteAsync(app, $"DELETE FROM {RawSql.Table(app, "inspection", "pass_rate_summary_cells")}");
        await RawSql.ExecuteAsync(app, $"DELETE FROM {RawSql.Table(app, "inspection", "test_item_results")}");
        await RawSql.ExecuteAsync(app, $"DELETE FROM {batches}");
        await app.WithServicesAsync(services =>
            services.GetRequiredService<GenerateBatchesHandler>().HandleAsync(new GenerateBatchesRequest(count, seed), null, Cancel));
        await RawSql.ExecuteAsync(app, $"UPDATE {batches} SET region_code = substr(region_code, 1, 4) || '01' WHERE region_code NOT LIKE '3502%'");
        await RawSql.ExecuteAsync(app, $"UPDATE {batches} SET enterprise_credit_code = region_code || substr(sampling_number, length(sampling_number), 1)");
        await RawSql.ExecuteAsync(app, $"UPDATE {batches} SET voided_at = created_at WHERE sampling_number LIKE '%7'");
    }

    private static Task<List<SummaryRefresh>> BuildAsync(ZhixinApp app, params int[] years) =>
        app.WithServicesAsync(async services =>
        {
            var builder = services.GetRequiredService<PassRateSummaryBuilder>();
            var built = new List<SummaryRefresh>();
            foreach (var year in years)
            {
                built.Add(await builder.BuildAsync(year, Cancel));
            }

            return built;
        });

    private static Task<IReadOnlyList<SummaryRefresh>> RefreshAsync(ZhixinApp app, int minimumBatches) =>
        app.WithServicesAsync(services => services.GetRequiredService<PassRateSummaryBuilder>().RefreshAsync(minimumBatches, Cancel));

    /// <summary>Every caller's answer to every table, as JSON without the summary's timestamp, in a fixed order.</summary>
    private static async Task<List<Answer>> AnswersAsync(ZhixinApp app)
    {
        var answers = new List<Answer>();
        foreach (var (name, region) in Callers)
        {
            foreach (var (request, index) in Served.Select((r, i) => (r, i)).Concat(NotServed.Select((r, i) => (r, i + Served.Length))))
            {
                var table = await TableAsync(app, region, request);
                var served = index < Served.Length
                    // A county regulator's table by province or city reaches past its scope, so it is counted live.
                    && !(region == County && request.RegionLevel is "province" or "city" && request.GroupBy!.Contains("region", StringComparison.Ordinal))
                    && !(region == County && request.Region is not null);
                answers.Add(new Answer($"{name} {index}", Json(table), table.Basis.SummarisedAt, served));
            }
        }

        return answers;
    }

    private static async Task<List<string>> TrendsAsync(ZhixinApp app, GetPassRateTrendRequest[] requests)
    {
        var answers = new List<string>();
        foreach (var (_, region) in Callers)
        {
            foreach (var request in requests)
            {
                foreach (var enterprises in new[] { true, false })
                {
                    await using var scope = Scope(app, region);
                    var outcome = await scope.ServiceProvider.GetRequiredService<GetPassRateTrendHandler>().HandleAsync(request, enterprises, Cancel);
                    answers.Add(outcome.IsSuccess ? JsonSerializer.Serialize(outcome.Value) : outcome.Errors.ToString());
                }
            }
        }

        return answers;
    }

    private static async Task<GetPassRatesResponse> TableAsync(ZhixinApp app, string? region, GetPassRatesRequest request)
    {
        await using var scope = Scope(app, region);
        var outcome = await scope.ServiceProvider.GetRequiredService<GetPassRatesHandler>().HandleAsync(request, Cancel);
        return outcome.IsSuccess ? outcome.Value! : throw new InvalidOperationException(outcome.Errors.ToString());
    }

    /// <summary>A scope acting as the system, or as a regulator of <paramref name="region"/>.</summary>
    private static AsyncServiceScope Scope(ZhixinApp app, string? region)
    {
        var scope = app.Services.CreateAsyncScope();
        ((CallerContext)scope.ServiceProvider.GetRequiredService<ICallerContext>()).Current = region is null
            ? Caller.System("test")
            : new Caller("regulator-" + region, "regulator-" + region, new HashSet<string> { Roles.Regulator },
                RegionScope.ForRegion(RegionCode.Parse(region).Value!), null, region);
        return scope;
    }

    private static string Json(GetPassRatesResponse table) =>
        JsonSerializer.Serialize(table with { Basis = table.Basis with { SummarisedAt = null } });

    private sealed record Answer(string Key, string Json, DateTimeOffset? SummarisedAt, bool Served);
}
