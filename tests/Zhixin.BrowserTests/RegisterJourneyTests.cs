using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zhixin.Platform.Identity;
using Zhixin.Register;

namespace Zhixin.BrowserTests;

/// <summary>A regulator's day in a real browser: sign in, find a firm by its credit code, open it, import a file with an error.</summary>
public sealed partial class RegisterJourneyTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly BrowserSession session = new();

    private BrowserApp App => session.App;

    private IPage Page => session.Page;

    public ValueTask InitializeAsync() => new(session.StartAsync(chromium));

    public ValueTask DisposeAsync() => session.DisposeAsync();

    [Fact]
    public async Task Regulator_WhenSearchingByCreditCodeAndImportingABadFile_SeesTheFirmAndTheErrorReport()
    {
        await session.SignInAsync("xiamen");

        // Search the register by the demo enterprise's credit code and open it.
        var code = DemoAccounts.All.Single(a => a.Role == Roles.EnterpriseUser).Enterprise!;
        await Page.GotoAsync(App.BaseUrl + RegisterRoutes.Enterprises);
        await Page.FillAsync("#q", code);
        var row = Page.Locator("table tbody tr", new PageLocatorOptions { HasText = code });
        await row.First.WaitForAsync();
        Assert.Equal(1, await row.CountAsync());
        await row.First.Locator("a").First.ClickAsync();
        await Page.WaitForURLAsync(DetailsUrl());
        Assert.Contains("厦门质信示范食品有限公司", await Page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Contains(code, await Page.ContentAsync(), StringComparison.Ordinal);

        // Import a file whose second row has a wrong check character, and read the report.
        var file = Path.Combine(App.Directory, "名录-有错误.csv");
        await File.WriteAllTextAsync(file,
            "统一社会信用代码,企业名称,行政区划代码\r\n" +
            "91350203MA2Y7Q0N9X,厦门校验错误测试有限公司,350203\r\n",
            new UTF8Encoding(true), TestContext.Current.CancellationToken);
        await Page.GotoAsync(App.BaseUrl + RegisterRoutes.ImportEnterprises);
        await Page.SetInputFilesAsync("input[type=file]", file);
        await Page.ClickAsync("#import-form button[type=submit]");
        var errors = Page.Locator("#import-errors");
        await errors.WaitForAsync();
        var text = await errors.InnerTextAsync();
        Assert.Contains("91350203MA2Y7Q0N9X", text, StringComparison.Ordinal);
        Assert.Contains("校验码", text, StringComparison.Ordinal);

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.ClickAsync("#import-report a[download]"));
        var saved = Path.Combine(App.Directory, "report.csv");
        await download.SaveAsAsync(saved);
        Assert.Contains("91350203MA2Y7Q0N9X", await File.ReadAllTextAsync(saved, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "import-errors.png"), FullPage = true });
    }

    [Fact]
    public async Task Page_WhenLanguageSwitched_ShowsEnglish()
    {
        await session.SignInAsync("fujian");
        await Page.GotoAsync(App.BaseUrl + RegisterRoutes.Enterprises);
        Assert.Contains("企业名录", await Page.InnerTextAsync("h1"), StringComparison.Ordinal);

        await Page.ClickAsync(".culture-switch button:has-text('English')");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.DoesNotContain("企业名录", await Page.InnerTextAsync("h1"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/register/enterprises/[0-9a-f-]{36}$")]
    private static partial Regex DetailsUrl();
}
