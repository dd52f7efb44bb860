using System.Net;
using System.Text.Json;
using Zhixin.Credit;
using Zhixin.Platform;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Credit.Api;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Pages;

namespace Zhixin.Tests.Credit.Pages;

/// <summary>The printable report page and the public lookup page.</summary>
public sealed class ReportPageTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ReportPage_WhenOpened_IsSelfContainedA4WithSignatureAndAnEmbeddedDocumentThatVerifies(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, firm, "recall");

        var html = await siming.GetStringAsync(CreditRoutes.Report(firm), Cancel);

        Assert.Contains("size: A4", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.Contains("id=\"verification-code\"", html, StringComparison.Ordinal);
        Assert.Contains(firm, html, StringComparison.Ordinal);
        Assert.Contains("未经核实", html, StringComparison.Ordinal);
        var start = html.IndexOf("id=\"report-document\">", StringComparison.Ordinal) + "id=\"report-document\">".Length;
        var json = html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
        var response = await app.Anonymous().PostAsync(CreditRoutes.ApiReportsVerify, new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Cancel);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.Equal("valid", answer.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ReportPage_WhenReadInEnglish_HasItsLabelsInEnglish(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        await siming.SubmitAsync(PlatformRoutes.Home, [new("culture", "en"), new("returnUrl", PlatformRoutes.Home)], PlatformRoutes.Culture);

        var html = await siming.GetStringAsync(CreditRoutes.Report(firm), Cancel);

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Enterprise Quality Credit Report", html, StringComparison.Ordinal);
        Assert.Contains("Verification code", html, StringComparison.Ordinal);
        Assert.DoesNotContain("企业质量信用报告", html, StringComparison.Ordinal);
        Assert.DoesNotContain("报告编号", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PublicPage_WhenAnonymous_SearchesAndShowsTheFirmWithoutRecords(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "serious");
        var anonymous = app.Anonymous();

        var search = await anonymous.GetStringAsync(CreditRoutes.Public + "?q=" + firm, Cancel);
        var tooShort = await anonymous.GetStringAsync(CreditRoutes.Public + "?q=9", Cancel);
        var page = await anonymous.GetAsync(CreditRoutes.PublicFirm(firm), Cancel);
        var body = await page.Content.ReadAsStringAsync(Cancel);

        Assert.Contains(CreditRoutes.PublicFirm(firm), search, StringComparison.Ordinal);
        Assert.Contains("id=\"search-problem\"", tooShort, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("id=\"no-listings\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("测试记录", body, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"public-grade\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task VerifyPage_WhenNumberAndCodeGiven_SaysValid(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var document = JsonDocument.Parse(await siming.GetStringAsync(CreditRoutes.ApiEnterpriseReport(firm), Cancel)).RootElement;
        var anonymous = app.Anonymous();
        var response = await anonymous.SubmitAsync(CreditRoutes.VerifyReport, new Dictionary<string, string>
        {
            ["Number"] = document.GetProperty("report").GetProperty("number").GetString()!,
            ["VerificationCode"] = document.GetProperty("signature").GetProperty("verificationCode").GetString()!,
        });

        Assert.Contains("data-reason=\"valid\"", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GradePublicationPage_WhenChecked_PublishesTheRegionsGrades(Engine engine)
    {
        var app = apps[engine];
        var jimei = await app.SignInAsync(Roles.Regulator, "350211");

        var before = await jimei.GetStringAsync(CreditRoutes.GradePublication, Cancel);
        var saved = await (await jimei.SubmitAsync(CreditRoutes.GradePublication, new Dictionary<string, string>
        {
            ["Region"] = "350211",
            ["Published"] = "true",
        })).Content.ReadAsStringAsync(Cancel);

        Assert.Contains("data-published=\"false\"", before, StringComparison.Ordinal);
        Assert.Contains("data-published=\"true\"", saved, StringComparison.Ordinal);
    }
}
