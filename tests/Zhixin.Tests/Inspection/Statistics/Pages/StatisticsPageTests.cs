using System.Net;
using Zhixin.Inspection;
using Zhixin.Platform;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Inspection.Statistics.Api;
using Zhixin.Tests.Platform.Pages;

namespace Zhixin.Tests.Inspection.Statistics.Pages;

public sealed class StatisticsPageTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task StatisticsPage_WhenRegulatorOpensIt_ShowsChartsRankingAndExportLink(Engine engine)
    {
        var app = apps[engine];
        var (best, close, small) = (StatisticsData.Product(), StatisticsData.Product(), StatisticsData.Product());
        await StatisticsData.PlanAsync(app,
        [
            .. StatisticsData.Many(best, "350211", 40, 0), .. StatisticsData.Many(close, "350211", 40, 1),
            .. StatisticsData.Many(small, "350211", 8, 2), .. StatisticsData.Many(best, "350211", 40, 10, year: 2025),
        ]);
        var regulator = await app.SignInAsync(Roles.Regulator, "350211");

        var response = await regulator.GetAsync(InspectionRoutes.Statistics + "?year=2026&groupBy=product", Cancel);
        var page = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"rates-chart\"", page, StringComparison.Ordinal);
        Assert.Contains("data-chart=", page, StringComparison.Ordinal);
        Assert.Contains("id=\"trend-chart\"", page, StringComparison.Ordinal);
        Assert.Contains("不可区分", page, StringComparison.Ordinal);
        Assert.Contains("样本量小", page, StringComparison.Ordinal);
        Assert.Contains("产品" + best, page, StringComparison.Ordinal);
        Assert.Contains("↑", page, StringComparison.Ordinal);
        Assert.Contains(InspectionRoutes.ApiPassRatesExport + "?year=2026", page, StringComparison.Ordinal);
        Assert.Contains("echarts.min.js", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task StatisticsPage_WhenGroupingIsUnknown_Returns400WithTheMessage(Engine engine)
    {
        var regulator = await apps[engine].SignInAsync(Roles.Regulator, "350211");

        var response = await regulator.GetAsync(InspectionRoutes.Statistics + "?year=2026&groupBy=colour", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("colour", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatisticsPage_WhenInEnglish_ShowsNoResourceKeys()
    {
        var app = apps[Engine.Sqlite];
        await StatisticsData.PlanAsync(app, [.. StatisticsData.Many(StatisticsData.Product(), "350212", 10, 1)]);
        var regulator = await app.SignInAsync(Roles.Regulator, "350212");
        await regulator.SubmitAsync(PlatformRoutes.Home, [new("culture", "en"), new("returnUrl", "/")], PlatformRoutes.Culture);

        var page = await regulator.GetStringAsync(InspectionRoutes.Statistics + "?year=2026", Cancel);

        Assert.DoesNotContain("Stats.", page, StringComparison.Ordinal);
        Assert.Contains("Pass-rate statistics", page, StringComparison.Ordinal);
    }
}
