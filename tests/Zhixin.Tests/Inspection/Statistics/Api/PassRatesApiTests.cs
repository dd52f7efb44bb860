using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.GetPassRates;
using Zhixin.Inspection.Features.GetPassRateTrend;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Indicators;
using Zhixin.Platform.Scoping;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Inspection.Statistics.Api;

public sealed class PassRatesApiTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetPassRates_WhenGroupedByProduct_CountsOnlyTestedUnvoidedBatchesWithWilsonBounds(Engine engine)
    {
        var data = await ArrangeTwoProductsAsync(apps[engine]);
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350200");

        var rates = await GetAsync(client, $"year=2026&groupBy=product&plan={data.Plan}");

        var a = Assert.Single(rates.Cells, c => c.Keys[0].Code == data.A);
        var b = Assert.Single(rates.Cells, c => c.Keys[0].Code == data.B);
        Assert.Equal((20, 3), (a.Batches.Tested, a.Batches.Failed));
        Assert.Equal((10, 0), (b.Batches.Tested, b.Batches.Failed));
        Assert.Equal(85.0, Percent(a.Batches.Rate));
        Assert.Equal(64.0, Percent(a.Batches.Lower));
        Assert.Equal(94.8, Percent(a.Batches.Upper));
        Assert.Equal(5.2, Percent(a.Batches.NonConformityLower));
        Assert.Equal(36.0, Percent(a.Batches.NonConformityUpper));
        Assert.True(a.SmallCell);
        Assert.Equal("产品" + data.A, a.Keys[0].Name);
        Assert.Equal((30, 3), (rates.Total.Batches.Tested, rates.Total.Batches.Failed));
        Assert.Equal("合计", rates.Total.Label);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetPassRates_WhenAFirmFailsTwice_CountsItOnceInTheEnterpriseRate(Engine engine)
    {
        var data = await ArrangeTwoProductsAsync(apps[engine]);
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350200");

        var rates = await GetAsync(client, $"year=2026&groupBy=product&plan={data.Plan}");

        var a = Assert.Single(rates.Cells, c => c.Keys[0].Code == data.A);
        Assert.Equal((19, 2), (a.Enterprises.Tested, a.Enterprises.Failed));
        // The firm sampled for both products is one enterprise in the totals row.
        Assert.Equal((28, 2), (rates.Total.Enterprises.Tested, rates.Total.Enterprises.Failed));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetPassRates_WhenCountyOfficial_SeesOnlyItsCountysBatches(Engine engine)
    {
        var app = apps[engine];
        var product = StatisticsData.Product();
        var plan = await StatisticsData.PlanAsync(app, [.. StatisticsData.Many(product, "350203", 5, 1), .. StatisticsData.Many(product, "350206", 4, 0)]);
        var huli = await app.SignInAsync(Roles.Regulator, "350206");
        var xiamen = await app.SignInAsync(Roles.Regulator, "350200");

        var county = await GetAsync(huli, $"year=2026&groupBy=region&regionLevel=county&plan={plan}");
        var city = await GetAsync(xiamen, $"year=2026&groupBy=region&plan={plan}");

        var own = Assert.Single(county.Cells);
        Assert.Equal("350206", own.Keys[0].Code);
        Assert.Equal("福建省厦门市湖里区", own.Keys[0].Name);
        Assert.Equal((4, 0), (county.Total.Batches.Tested, county.Total.Batches.Failed));
        Assert.Equal(["350203", "350206"], city.Cells.Select(c => c.Keys[0].Code).Order(StringComparer.Ordinal));
        Assert.Equal((9, 1), (city.Total.Batches.Tested, city.Total.Batches.Failed));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetPassRates_WhenGroupedByRegionAtCityLevel_AddsUpTheCounties(Engine engine)
    {
        var app = apps[engine];
        var product = StatisticsData.Product();
        var plan = await StatisticsData.PlanAsync(app,
            [.. StatisticsData.Many(product, "350203", 5, 1), .. StatisticsData.Many(product, "350206", 4, 2), .. StatisticsData.Many(product, "350102", 3, 0)]);
        var fujian = await app.SignInAsync(Roles.Regulator, "350000");

        var rates = await GetAsync(fujian, $"year=2026&groupBy=region,channel&regionLevel=city&plan={plan}");

        var xiamen = Assert.Single(rates.Cells, c => c.Keys[0].Code == "350200");
        Assert.Equal((9, 3), (xiamen.Batches.Tested, xiamen.Batches.Failed));
        Assert.Equal("Production", xiamen.Keys[1].Code);
        Assert.Equal("生产环节", xiamen.Keys[1].Name);
        var fuzhou = Assert.Single(rates.Cells, c => c.Keys[0].Code == "350100");
        Assert.Equal((3, 0), (fuzhou.Batches.Tested, fuzhou.Batches.Failed));
        Assert.Equal("福建省福州市", fuzhou.Keys[0].Name);
    }

    [Theory]
    [InlineData(Engine.Sqlite, "3502")]
    [InlineData(Engine.Postgres, "3502")]
    [InlineData(Engine.Sqlite, "350200")]
    public async Task GetPassRates_WhenRegionIsACityOrItsPrefix_CountsThatCityOnly(Engine engine, string region)
    {
        var app = apps[engine];
        var product = StatisticsData.Product();
        var plan = await StatisticsData.PlanAsync(app, [.. StatisticsData.Many(product, "350203", 5, 1), .. StatisticsData.Many(product, "350102", 3, 0)]);
        var fujian = await app.SignInAsync(Roles.Regulator, "350000");

        var rates = await GetAsync(fujian, $"year=2026&groupBy=region&region={region}&plan={plan}");

        var cell = Assert.Single(rates.Cells);
        Assert.Equal("350203", cell.Keys[0].Code);
        Assert.Equal(5, rates.Total.Batches.Tested);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetPassRates_WhenClopperPearsonAsked_ReturnsTheExactBounds(Engine engine)
    {
        var data = await ArrangeTwoProductsAsync(apps[engine]);
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350200");

        var rates = await GetAsync(client, $"year=2026&plan={data.Plan}&method=clopper-pearson&confidenceLevel=0.95");

        var a = Assert.Single(rates.Cells, c => c.Keys[0].Code == data.A);
        Assert.Equal(3.2, Percent(a.Batches.NonConformityLower));
        Assert.Equal(37.9, Percent(a.Batches.NonConformityUpper));
        Assert.Equal("clopper-pearson", rates.Basis.Method);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetPassRates_WhenComparedWithTheYearBefore_FlagsOnlyTheSignificantChange(Engine engine)
    {
        var app = apps[engine];
        var (improved, unclear) = (StatisticsData.Product(), StatisticsData.Product());
        var plan = await StatisticsData.PlanAsync(app,
        [
            .. StatisticsData.Many(improved, "350203", 40, 20, year: 2025), .. StatisticsData.Many(improved, "350203", 40, 2),
            .. StatisticsData.Many(unclear, "350203", 20, 3, year: 2025), .. StatisticsData.Many(unclear, "350203", 20, 0),
        ]);
        var client = await app.SignInAsync(Roles.Regulator, "350200");

        var rates = await GetAsync(client, $"year=2026&plan={plan}");

        var better = rates.Cells.Single(c => c.Keys[0].Code == improved).YearOnYear!;
        var same = rates.Cells.Single(c => c.Keys[0].Code == unclear).YearOnYear!;
        Assert.True(better.Significant);
        Assert.Equal(45.0, Percent(better.Difference));
        Assert.Equal(40, better.EarlierTested);
        Assert.False(same.Significant);
        Assert.Equal(0.072, Math.Round(same.PValue, 3));
        Assert.True(rates.Total.YearOnYear!.Significant);
        Assert.Equal("2025年", rates.Basis.PreviousPeriod);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetPassRates_WhenIntervalsOverlap_WithholdsTheRanks(Engine engine)
    {
        var app = apps[engine];
        var (best, close, worst) = (StatisticsData.Product(), StatisticsData.Product(), StatisticsData.Product());
        var plan = await StatisticsData.PlanAsync(app,
            [.. StatisticsData.Many(best, "350203", 40, 0), .. StatisticsData.Many(close, "350203", 20, 1), .. StatisticsData.Many(worst, "350203", 40, 30)]);
        var client = await app.SignInAsync(Roles.Regulator, "350200");

        var rates = await GetAsync(client, $"year=2026&plan={plan}");

        Assert.Equal([best, close, worst], rates.Cells.Select(c => c.Keys[0].Code));
        Assert.All(rates.Cells.Take(2), c => Assert.Equal((null, 1, 2), (c.Rank!.Rank, c.Rank.GroupFirst, c.Rank.GroupLast)));
        Assert.Equal(3, rates.Cells[2].Rank!.Rank);
        Assert.Null(rates.Total.Rank);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetPassRates_WhenWeightsGiven_ReturnsTheOutputWeightedRate(Engine engine)
    {
        var data = await ArrangeTwoProductsAsync(apps[engine]);
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350200");

        var rates = await GetAsync(client, $"year=2026&groupBy=product&plan={data.Plan}&weights={data.A}:3,{data.B}:1");

        var weighted = rates.Weighted!;
        Assert.Equal(0.8875, weighted.Rate, 10);
        Assert.Equal(0.75, weighted.Strata.Single(s => s.Key == data.A).Share, 10);
        Assert.Equal((30, 3), (weighted.Pooled.Tested, weighted.Pooled.Failed));
        Assert.True(weighted.Lower < weighted.Rate && weighted.Rate < weighted.Upper);
    }

    public static TheoryData<Engine, string, string, string> InvalidParameters()
    {
        (string Query, string Field, string Mention)[] cases =
        [
            ("groupBy=colour", "groupBy", "colour"),
            ("groupBy=product,region,channel", "groupBy", "1 至 2"),
            ("year=1990", "year", "2000"),
            ("from=2026-01-01", "to", "起止日期"),
            ("quarter=5", "quarter", "1 至 4"),
            ("method=bayes", "method", "bayes"),
            ("confidenceLevel=0.5", "confidenceLevel", "0.8"),
            ("channel=mail", "channel", "ecommerce"),
            ("regionLevel=town", "regionLevel", "county"),
            ("weights=0402:-1", "weights", "0402"),
            ("weights=0402:0", "weights", "0402"),
            ("weights=0402", "weights", "0402"),
        ];
        var data = new TheoryData<Engine, string, string, string>();
        foreach (var engine in new[] { Engine.Sqlite, Engine.Postgres })
        {
            foreach (var (query, field, mention) in cases)
            {
                data.Add(engine, query, field, mention);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidParameters))]
    public async Task GetPassRates_WhenParameterIsInvalid_Returns400NamingTheField(Engine engine, string query, string field, string mention)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350200");
        var year = query.StartsWith("year=", StringComparison.Ordinal) || query.StartsWith("from=", StringComparison.Ordinal) ? "" : "year=2026&";

        var response = await client.GetAsync($"{InspectionRoutes.ApiPassRates}?{year}{query}", Cancel);

        await AssertProblemAsync(response, field, mention);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetPassRates_WhenAWeightNamesAGroupWithoutBatches_Returns400NamingIt(Engine engine)
    {
        var data = await ArrangeTwoProductsAsync(apps[engine]);
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350200");

        var response = await client.GetAsync($"{InspectionRoutes.ApiPassRates}?year=2026&plan={data.Plan}&weights={data.A}:1,NOPRODUCT:2", Cancel);

        await AssertProblemAsync(response, "weights", "NOPRODUCT");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ExportPassRates_WhenAsked_WritesTheSameNumbersToAWorkbook(Engine engine)
    {
        var data = await ArrangeTwoProductsAsync(apps[engine]);
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350200");

        var response = await client.GetAsync($"{InspectionRoutes.ApiPassRatesExport}?year=2026&groupBy=product&plan={data.Plan}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var rows = ReadWorkbook(await response.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal("产品质量监督抽查合格率统计", rows[0][0]);
        Assert.Contains(rows, r => r.Count > 0 && r[0] == "统计期间：2026年");
        Assert.Contains(rows, r => r.Count > 0 && r[0].StartsWith("区间估计：Wilson", StringComparison.Ordinal));
        var header = rows.Single(r => r.Count > 0 && r[0] == "产品代码");
        var a = rows.Single(r => r.Count > 0 && r[0] == data.A);
        string Column(List<string> row, string name) => row[header.IndexOf(name)];
        Assert.Equal("20", Column(a, "检验批次"));
        Assert.Equal("3", Column(a, "不合格批次"));
        Assert.Equal("85.00", Column(a, "批次合格率（%）"));
        Assert.Equal("63.96", Column(a, "合格率区间下限（%）"));
        Assert.Equal("94.76", Column(a, "合格率区间上限（%）"));
        Assert.Equal("19", Column(a, "抽查企业数"));
        Assert.Equal("是", Column(a, "样本量小"));
        var total = rows.Last();
        Assert.Equal("合计", total[1]);
        Assert.Equal("30", Column(total, "检验批次"));
        Assert.Equal("28", Column(total, "抽查企业数"));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ExportPassRates_WhenParameterIsInvalid_Returns400(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350200");

        var response = await client.GetAsync($"{InspectionRoutes.ApiPassRatesExport}?year=2026&groupBy=size", Cancel);

        await AssertProblemAsync(response, "groupBy", "size");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetTrend_WhenByYear_ListsEveryYearWithSignificantChangesFlagged(Engine engine)
    {
        var app = apps[engine];
        var product = StatisticsData.Product();
        var plan = await StatisticsData.PlanAsync(app,
            [.. StatisticsData.Many(product, "350203", 40, 20, year: 2024), .. StatisticsData.Many(product, "350203", 40, 2, year: 2026)]);
        var client = await app.SignInAsync(Roles.Regulator, "350200");

        var trend = await client.GetFromJsonAsync<GetPassRateTrendResponse>($"{InspectionRoutes.ApiTrend}?fromYear=2023&toYear=2026&plan={plan}", Cancel);

        Assert.Equal(["2023", "2024", "2025", "2026"], trend!.Periods.Select(p => p.Period));
        Assert.Equal(0.5, trend.Periods[1].Batches.Rate);
        Assert.Null(trend.Periods[2].Batches.Rate);
        // The empty year breaks the chain: 2026 is not compared across it.
        Assert.Null(trend.Periods[3].FromPrevious);
        Assert.Equal(95.0, Percent(trend.Periods[3].Batches.Rate));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetTrend_WhenByQuarter_ComparesEachQuarterWithTheOneBefore(Engine engine)
    {
        var app = apps[engine];
        var product = StatisticsData.Product();
        var plan = await StatisticsData.PlanAsync(app,
        [
            .. Enumerable.Range(0, 40).Select(i => new TestBatch(product, "350203", i < 20 ? Verdict.Fail : Verdict.Pass, Quarter: 1)),
            .. Enumerable.Range(0, 40).Select(i => new TestBatch(product, "350203", i < 2 ? Verdict.Fail : Verdict.Pass, Quarter: 2)),
        ]);
        var client = await app.SignInAsync(Roles.Regulator, "350200");

        var trend = await client.GetFromJsonAsync<GetPassRateTrendResponse>($"{InspectionRoutes.ApiTrend}?fromYear=2026&toYear=2026&by=quarter&plan={plan}", Cancel);

        Assert.Equal(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"], trend!.Periods.Select(p => p.Period));
        Assert.True(trend.Periods[1].FromPrevious!.Significant);
        Assert.Equal(2, trend.Periods[1].Quarter);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetTrend_WhenRangeIsTooLong_Returns400(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350200");

        var response = await client.GetAsync($"{InspectionRoutes.ApiTrend}?fromYear=2000&toYear=2030", Cancel);

        await AssertProblemAsync(response, "toYear", "20");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PassRateIndicator_WhenAskedByAnotherCountysOfficial_CountsTheWholeRegion(Engine engine)
    {
        var app = apps[engine];
        await StatisticsData.PlanAsync(app,
            [.. StatisticsData.Many(StatisticsData.Product(), "350205", 7, 1, year: 2041), new TestBatch(StatisticsData.Product(), "350205", Verdict.Fail, Year: 2041, Voided: true)]);
        await using var scope = app.Services.CreateAsyncScope();
        var caller = (CallerContext)scope.ServiceProvider.GetRequiredService<ICallerContext>();
        caller.Current = new Caller("huli", "huli", new HashSet<string> { Roles.Regulator }, RegionScope.ForRegion(RegionCode.Parse("350206").Value), null, "350206");
        var source = scope.ServiceProvider.GetServices<IIndicatorSource>().Single(s => s.IndicatorId == "inspection.pass-rate");

        var county = await source.ValueAsync("350205", 2041, Cancel);
        var national = await source.ValueAsync("000000", 2041, Cancel);
        var empty = await source.ValueAsync("350205", 2042, Cancel);

        Assert.Equal(85.71m, county!.Value);
        Assert.Equal("监督抽查 7 批次，合格 6 批次（质信平台统计）", county.Source);
        Assert.Equal(85.71m, national!.Value);
        Assert.Null(empty);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GroupedCounts_WhenTranslated_AreOneQueryWithDistinctFirmCounts(Engine engine)
    {
        var sql = await apps[engine].WithServicesAsync(services =>
        {
            var db = services.GetRequiredService<InspectionDbContext>();
            var tested = db.Batches.Where(b => b.SampleYear == 2026 && b.Verdict != null);
            var grouped = PassRateCounts.Grouped(tested,
                PassRateDimensions.Key(PassRateDimension.Product, Zhixin.Platform.Regions.RegionLevel.County),
                PassRateDimensions.Key(PassRateDimension.Region, Zhixin.Platform.Regions.RegionLevel.City));
            return Task.FromResult(grouped.ToQueryString());
        });
        TestContext.Current.TestOutputHelper?.WriteLine(sql);

        // One statement: the keys are computed in a derived table and grouped over it.
        Assert.Equal(1, Regex.Count(sql, "GROUP BY"));
        Assert.Equal(2, Regex.Count(sql, @"COUNT\(DISTINCT", RegexOptions.IgnoreCase));
        Assert.DoesNotContain(";", sql, StringComparison.Ordinal);
    }

    private sealed record TwoProducts(Guid Plan, string A, string B);

    /// <summary>
    /// Product A: 20 tested, 3 failed (one firm twice), 19 firms, one batch untested and one failed batch voided;
    /// product B: 10 tested, none failed, 10 firms, one of which also sampled for A.
    /// </summary>
    private static async Task<TwoProducts> ArrangeTwoProductsAsync(ZhixinApp app)
    {
        var (a, b) = (StatisticsData.Product(), StatisticsData.Product());
        var twice = TestCodes.CreditCode("350203");
        var both = TestCodes.CreditCode("350203");
        var plan = await StatisticsData.PlanAsync(app,
        [
            new TestBatch(a, "350203", Verdict.Fail, twice),
            new TestBatch(a, "350203", Verdict.Fail, twice),
            new TestBatch(a, "350203", Verdict.Fail),
            new TestBatch(a, "350203", Verdict.Pass, both),
            .. StatisticsData.Many(a, "350203", 16, 0),
            new TestBatch(a, "350203", null),
            new TestBatch(a, "350203", Verdict.Fail, Voided: true),
            new TestBatch(b, "350203", Verdict.Pass, both),
            .. StatisticsData.Many(b, "350203", 9, 0),
        ]);
        return new TwoProducts(plan, a, b);
    }

    private static async Task<GetPassRatesResponse> GetAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"{InspectionRoutes.ApiPassRates}?{query}", Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<GetPassRatesResponse>(Cancel))!;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string field, string mention)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        using var problem = JsonDocument.Parse(body);
        var messages = problem.RootElement.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.Contains(messages, m => m.Contains(mention, StringComparison.Ordinal));
    }

    private static double Percent(double? share) => Math.Round(share!.Value * 100, 1);

    /// <summary>The sheet's rows as text, cells placed by their column letter.</summary>
    private static List<List<string>> ReadWorkbook(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return sheet.Descendants<Row>().Select(row =>
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference!.Value!);
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? "");
            }

            return cells;
        }).ToList();
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
