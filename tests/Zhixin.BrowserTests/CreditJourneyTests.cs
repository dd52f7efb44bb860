using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Zhixin.Credit;
using Zhixin.Platform.Codes;
using Zhixin.Register;

namespace Zhixin.BrowserTests;

/// <summary>
/// A city official's round of the credit module in a real browser: find a firm among the grades, open its file, add a
/// serious administrative penalty and see the grade fall to D with the rule that did it, then void the penalty and see
/// the grade come back.
/// </summary>
public sealed class CreditJourneyTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly BrowserSession session = new();

    private BrowserApp App => session.App;

    private IPage Page => session.Page;

    public ValueTask InitializeAsync() => new(session.StartAsync(chromium));

    public ValueTask DisposeAsync() => session.DisposeAsync();

    [Fact]
    public async Task Regulator_WhenAddingAndVoidingAPenalty_SeesTheGradeFallToDAndComeBack()
    {
        await session.SignInAsync("xiamen");
        var code = await FirmWithACommitmentAsync();

        // From the navigation to the grades, narrowed to the firm by its code, then its file.
        await Page.ClickAsync(".mainnav a:has-text('质量信用')");
        await Page.WaitForURLAsync(url => url.EndsWith(CreditRoutes.Pages, StringComparison.Ordinal));
        await Page.Locator("#grade-chart canvas").WaitForAsync();
        await Page.FillAsync("#q", code);
        // The filtered rows are in once htmx has pushed the filtered address.
        await Page.WaitForURLAsync(url => url.Contains("q=" + code, StringComparison.Ordinal));
        // The chart is part of the swapped-in rows and is drawn again for the narrowed list.
        await Page.Locator("#grade-chart canvas").WaitForAsync();
        var row = Page.Locator($"#assessments tr[data-code='{code}']");
        await row.WaitForAsync();
        Assert.Contains("A 守信", await row.InnerTextAsync(), StringComparison.Ordinal);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "credit-grades.png"), FullPage = true });
        await row.Locator("a").ClickAsync();
        await Page.WaitForURLAsync(url => url.EndsWith(CreditRoutes.Enterprise(code), StringComparison.Ordinal));
        Assert.Equal("A 守信", await Page.InnerTextAsync("#grade"));

        // A serious penalty: the grade falls to D, capped by rule N2.3, and the breakdown says why.
        var title = "无证生产" + Guid.NewGuid().ToString("N")[..6];
        await Page.ClickAsync("#add-record summary");
        await Page.SelectOptionAsync("#Input_Kind", "administrativePenalty");
        await Page.SelectOptionAsync("#Input_Severity", "serious");
        await Page.FillAsync("#Input_OccurredOn", DateTime.UtcNow.AddHours(8).AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.FillAsync("#Input_Title", title);
        await Page.FillAsync("#Input_DocumentNumber", "厦市监罚〔2026〕7号");
        await Page.ClickAsync("#record-form button[type=submit]");
        await Page.Locator("#grade", new PageLocatorOptions { HasText = "D 严重失信" }).WaitForAsync();
        var line = Page.Locator("#breakdown li[data-rule='N2.3']");
        Assert.Contains("行政处罚（规则 N2.3，第 1 版）", await line.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(title, await line.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("N2.3", await Page.InnerTextAsync("#capped-by"), StringComparison.Ordinal);
        Assert.Contains("D 信用风险高", await Page.InnerTextAsync("#risk-class"), StringComparison.Ordinal);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "credit-file.png"), FullPage = true });

        // Voided with a reason: the record stays, struck through, and the grade is A again.
        var record = Page.Locator("#record-table tbody tr", new PageLocatorOptions { HasText = title });
        await record.Locator("summary").ClickAsync();
        await record.Locator("input[name='Voiding.Reason']").FillAsync("处罚决定已被撤销");
        await record.Locator("button[type=submit]").ClickAsync();
        await Page.Locator("#grade", new PageLocatorOptions { HasText = "A 守信" }).WaitForAsync();
        var voided = Page.Locator("#record-table tbody tr", new PageLocatorOptions { HasText = title });
        Assert.Contains("处罚决定已被撤销", await voided.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await Page.Locator("#breakdown li[data-rule='N2.3']").CountAsync());
    }

    [Fact]
    public async Task Regulator_PrintsAFirmsCreditReport_AndTheVerifyPageAcceptsItAndRejectsAnAlteredCopy()
    {
        await session.SignInAsync("xiamen");
        var code = await FirmWithACommitmentAsync();
        await Page.GotoAsync(App.BaseUrl + CreditRoutes.Enterprise(code));

        await Page.ClickAsync("#report-link");
        await Page.WaitForURLAsync(url => url.EndsWith(CreditRoutes.Report(code), StringComparison.Ordinal));
        Assert.Equal(code, await Page.InnerTextAsync("#firm-code"));
        Assert.Contains("A 守信", await Page.InnerTextAsync("#grade"), StringComparison.Ordinal);
        var number = await Page.InnerTextAsync("#report-number");

        // Printed as the browser prints it: the page's own A4 rule, CJK text embedded as a font.
        var pdf = await Page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, Path = Path.Combine(AppContext.BaseDirectory, "credit-report.pdf") });
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Matches(@"/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]", text);
        Assert.Contains("/FontFile", text, StringComparison.Ordinal);

        // The signed document embedded in the saved page verifies; the same document with its grade changed does not.
        var document = await Page.InnerTextAsync("#report-document");
        await VerifyAsync(document);
        Assert.Equal("valid", await Page.GetAttributeAsync("#verify-result", "data-reason"));
        Assert.Contains(number, await Page.InnerTextAsync("#verify-result"), StringComparison.Ordinal);
        var altered = document.Replace("\"grade\":\"A\"", "\"grade\":\"B\"", StringComparison.Ordinal);
        Assert.NotEqual(document, altered);
        await VerifyAsync(altered);
        Assert.Equal("tampered", await Page.GetAttributeAsync("#verify-result", "data-reason"));
    }

    private async Task VerifyAsync(string document)
    {
        await Page.GotoAsync(App.BaseUrl + CreditRoutes.VerifyReport);
        await Page.FillAsync("#verify-form textarea[name=Document]", document);
        await Page.ClickAsync("#verify-form button[type=submit]");
        await Page.Locator("#verify-result").WaitForAsync();
    }

    /// <summary>
    /// A 思明区 firm registered through the register's API with a public quality commitment on file through the credit
    /// API with the browser's own cookies, so as the signed-in official: assessed, grade A.
    /// </summary>
    private async Task<string> FirmWithACommitmentAsync()
    {
        var api = Page.Context.APIRequest;
        var code = CreditCodeIn("350203");
        var firm = await api.PostAsync(App.BaseUrl + RegisterRoutes.ApiEnterprises, new APIRequestContextOptions
        {
            DataObject = new { creditCode = code, name = "信用旅程测试有限公司" + code[^6..], regionCode = "350203" },
        });
        Assert.True(firm.Status == 201, await firm.TextAsync());
        var commitment = await api.PostAsync(App.BaseUrl + CreditRoutes.ApiRecords, new APIRequestContextOptions
        {
            DataObject = new { creditCode = code, kind = "qualityCommitment", occurredOn = "2026-01-05", title = "公开质量承诺" },
        });
        var body = await commitment.TextAsync();
        Assert.True(commitment.Status == 201, body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("A", json.RootElement.GetProperty("assessment").GetProperty("grade").GetString());
        return code;
    }

    private static string CreditCodeIn(string region)
    {
        var body = string.Concat(Enumerable.Range(0, 8).Select(_ => CreditCode.Alphabet[Random.Shared.Next(31)]));
        var first17 = "91" + region + body + OrgCode.ComputeCheckCharacter(body);
        return first17 + CreditCode.ComputeCheckCharacter(first17);
    }
}
