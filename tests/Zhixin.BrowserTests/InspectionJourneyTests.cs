using Microsoft.Playwright;
using Zhixin.Inspection;

namespace Zhixin.BrowserTests;

/// <summary>
/// A provincial official's round of the spot-check module in a real browser, on the demo data: the module's home,
/// the catalogue with its risk levels, and the pass-rate statistics with their charts.
/// </summary>
public sealed class InspectionJourneyTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly BrowserSession session = new();

    private BrowserApp App => session.App;

    private IPage Page => session.Page;

    public ValueTask InitializeAsync() => new(session.StartAsync(chromium));

    public ValueTask DisposeAsync() => session.DisposeAsync();

    [Fact]
    public async Task Regulator_WhenReviewingSpotChecks_SeesTheCatalogueAndPassRatesWithCharts()
    {
        await session.SignInAsync("fujian");

        await Page.ClickAsync(".mainnav a:has-text('监督抽查')");
        await Page.WaitForURLAsync(url => url.EndsWith(InspectionRoutes.Pages, StringComparison.Ordinal));
        Assert.NotEqual("0", (await Page.InnerTextAsync(".kpis li:nth-child(2) strong")).Trim());

        await Page.ClickAsync("nav.tabs a:has-text('重点监管产品目录')");
        var bicycles = Page.Locator("#catalogue tbody tr", new PageLocatorOptions { HasText = "电动自行车" });
        await bicycles.WaitForAsync();
        Assert.Contains("高风险", await bicycles.InnerTextAsync(), StringComparison.Ordinal);
        await Page.Locator("[data-chart] canvas").First.WaitForAsync();

        await Page.ClickAsync("nav.tabs a:has-text('合格率统计')");
        await Page.WaitForURLAsync(url => url.Contains(InspectionRoutes.Statistics, StringComparison.Ordinal));
        await Page.Locator("[data-chart] canvas").First.WaitForAsync();
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "inspection-statistics.png"), FullPage = true });
    }
}
