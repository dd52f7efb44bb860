using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zhixin.Platform.Identity;
using Zhixin.Register;

namespace Zhixin.BrowserTests;

/// <summary>A regulator's day in a real browser: sign in, find a firm by its credit code, open it, import a file with an error.</summary>
public sealed partial class RegisterJourneyTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly BrowserApp app = new();
    private IPage page = null!;
    private IBrowserContext context = null!;

    public async ValueTask InitializeAsync()
    {
        context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", AcceptDownloads = true });
        page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
    }

    public async ValueTask DisposeAsync()
    {
        await context.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Regulator_WhenSearchingByCreditCodeAndImportingABadFile_SeesTheFirmAndTheErrorReport()
    {
        await page.SignInAsync(app, "xiamen");

        // Search the register by the demo enterprise's credit code and open it.
        var code = DemoAccounts.All.Single(a => a.Role == Roles.EnterpriseUser).Enterprise!;
        await page.GotoAsync(app.BaseUrl + RegisterRoutes.Enterprises);
        await page.FillAsync("#q", code);
        var row = page.Locator("table tbody tr", new PageLocatorOptions { HasText = code });
        await row.First.WaitForAsync();
        Assert.Equal(1, await row.CountAsync());
        await row.First.Locator("a").First.ClickAsync();
        await page.WaitForURLAsync(DetailsUrl());
        Assert.Contains("厦门质信示范食品有限公司", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Contains(code, await page.ContentAsync(), StringComparison.Ordinal);

        // Import a file whose second row has a wrong check character, and read the report.
        var file = Path.Combine(app.Directory, "名录-有错误.csv");
        await File.WriteAllTextAsync(file,
            "统一社会信用代码,企业名称,行政区划代码\r\n" +
            "91350203MA2Y7Q0N9X,厦门校验错误测试有限公司,350203\r\n",
            new UTF8Encoding(true), TestContext.Current.CancellationToken);
        await page.GotoAsync(app.BaseUrl + RegisterRoutes.ImportEnterprises);
        await page.SetInputFilesAsync("input[type=file]", file);
        await page.ClickAsync("#import-form button[type=submit]");
        var errors = page.Locator("#import-errors");
        await errors.WaitForAsync();
        var text = await errors.InnerTextAsync();
        Assert.Contains("91350203MA2Y7Q0N9X", text, StringComparison.Ordinal);
        Assert.Contains("校验码", text, StringComparison.Ordinal);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#import-report a[download]"));
        var saved = Path.Combine(app.Directory, "report.csv");
        await download.SaveAsAsync(saved);
        Assert.Contains("91350203MA2Y7Q0N9X", await File.ReadAllTextAsync(saved, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "import-errors.png"), FullPage = true });
    }

    [Fact]
    public async Task Page_WhenLanguageSwitched_ShowsEnglish()
    {
        await page.SignInAsync(app, "fujian");
        await page.GotoAsync(app.BaseUrl + RegisterRoutes.Enterprises);
        Assert.Contains("企业名录", await page.InnerTextAsync("h1"), StringComparison.Ordinal);

        await page.ClickAsync(".culture-switch button:has-text('English')");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.DoesNotContain("企业名录", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/register/enterprises/[0-9a-f-]{36}$")]
    private static partial Regex DetailsUrl();
}
