using System.Net;
using System.Net.Http.Json;
using Zhixin.Credit;
using Zhixin.Credit.Features.GetCreditFile;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Pages;
using static Zhixin.Tests.Credit.Pages.CreditPageData;

namespace Zhixin.Tests.Credit.Pages;

/// <summary>A firm's credit file (/credit/enterprises/{code}): what it shows to whom, and the record and void forms.</summary>
public sealed class CreditFilePageTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task FilePage_WhenRegulatorReads_ShowsGradeBreakdownRiskClassRecordsAndHistory(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var firm = await GradeDFirmAsync(siming, title: "生产销售不合格电线电缆");

        var page = await siming.PageAsync(CreditRoutes.Enterprise(firm.Code));

        Assert.Contains(firm.Name, page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge bad\" id=\"grade\">D 严重失信</span>", page, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"score\">60</dd>", page, StringComparison.Ordinal);
        Assert.Contains("−40：2026-10-12 行政处罚（规则 N2.3，第 1 版），计至 2029-10-11", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#record-{firm.RecordId}\">生产销售不合格电线电缆</a>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"risk-class\"", page, StringComparison.Ordinal);
        Assert.Contains("D 信用风险高", page, StringComparison.Ordinal);
        Assert.Contains("R-D1：信用等级为D（严重失信）", page, StringComparison.Ordinal);
        Assert.Contains("思市监罚〔2026〕", page, StringComparison.Ordinal);
        Assert.Contains("厦门市思明区市场监督管理局", page, StringComparison.Ordinal);
        Assert.Contains("人工录入", page, StringComparison.Ordinal);
        Assert.Contains("id=\"history-table\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"outlook\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"record-form\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"inline-form void-form\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task FilePage_WhenFirmHasNoRecords_SaysItIsNotAssessed(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var firm = await FirmAsync(siming);

        var page = await siming.PageAsync(CreditRoutes.Enterprise(firm.Code));

        Assert.Contains("id=\"not-assessed\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"record-form\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task AddRecord_WhenPostedThroughTheForm_RecordsItAndScoresTheFirmAgain(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var firm = await GradeAFirmAsync(siming);
        var page = CreditRoutes.Enterprise(firm.Code);

        var response = await siming.SubmitAsync(page,
        [
            new("Input.Kind", Penalty), new("Input.Severity", "serious"), new("Input.OccurredOn", "2026-11-02"),
            new("Input.Title", "无证生产"), new("Input.DocumentNumber", "厦思市监罚〔2026〕88号"), new("Input.Authority", "厦门市思明区市场监督管理局"),
        ], page + "?handler=Record");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page + "#current", response.Headers.Location?.OriginalString);
        var file = await FileAsync(siming, firm.Code);
        Assert.Equal("D", file.Current!.Grade);
        Assert.Contains(file.Records, r => r.Title == "无证生产" && r.Severity == "serious" && r.DocumentNumber == "厦思市监罚〔2026〕88号");
        var shown = await siming.PageAsync(page);
        Assert.Contains("已记录“无证生产”，当前信用等级：D 严重失信", shown, StringComparison.Ordinal);
        Assert.Contains("−40：2026-11-02 行政处罚（规则 N2.3，第 1 版）", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task AddRecord_WhenTheTitleIsMissing_ShowsTheFormAgainWithTheMessageBesideTheField(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var firm = await GradeAFirmAsync(siming);
        var page = CreditRoutes.Enterprise(firm.Code);

        var response = await siming.SubmitAsync(page,
            [new("Input.Kind", Penalty), new("Input.Severity", "general"), new("Input.OccurredOn", "2026-11-02"), new("Input.Title", "")],
            page + "?handler=Record");
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("field-validation-error\" data-valmsg-for=\"Input.Title\"", body, StringComparison.Ordinal);
        Assert.Contains("<option value=\"general\" selected=\"selected\">一般</option>", body, StringComparison.Ordinal);
        Assert.Equal("A", (await FileAsync(siming, firm.Code)).Current!.Grade);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task AddRecord_WhenAPenaltyHasNoSeverity_ShowsTheMessageBesideTheSeverity(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var firm = await FirmAsync(siming);
        var page = CreditRoutes.Enterprise(firm.Code);

        var response = await siming.SubmitAsync(page,
            [new("Input.Kind", Penalty), new("Input.OccurredOn", "2026-11-02"), new("Input.Title", "未注明严重程度")], page + "?handler=Record");
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("field-validation-error\" data-valmsg-for=\"Input.Severity\"", body, StringComparison.Ordinal);
        Assert.Contains("行政处罚须注明严重程度", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task AddRecord_WhenTheDateIsNotADate_ShowsTheMessageBesideTheDate(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var firm = await FirmAsync(siming);
        var page = CreditRoutes.Enterprise(firm.Code);

        var response = await siming.SubmitAsync(page,
            [new("Input.Kind", Commitment), new("Input.OccurredOn", "去年"), new("Input.Title", "公开承诺")], page + "?handler=Record");
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("field-validation-error\" data-valmsg-for=\"Input.OccurredOn\"", body, StringComparison.Ordinal);
        Assert.Contains("日期的格式不正确", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Void_WhenPostedWithAReason_KeepsTheRecordAsVoidedAndRestoresTheGrade(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var firm = await GradeDFirmAsync(siming);
        var page = CreditRoutes.Enterprise(firm.Code);

        var response = await siming.SubmitAsync(page,
            [new("Voiding.RecordId", firm.RecordId.ToString()), new("Voiding.Reason", "处罚决定已被复议撤销")], page + "?handler=Void");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var file = await FileAsync(siming, firm.Code);
        Assert.Equal("A", file.Current!.Grade);
        Assert.Equal("处罚决定已被复议撤销", Assert.Single(file.Records).VoidReason);
        var shown = await siming.PageAsync(page);
        Assert.Contains("<span class=\"badge\">已作废</span>", shown, StringComparison.Ordinal);
        Assert.Contains("处罚决定已被复议撤销", shown, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge ok\" id=\"grade\">A 守信</span>", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Void_WhenTheReasonIsMissing_ShowsTheMessageBesideThatRecordsReason(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var firm = await GradeDFirmAsync(siming);
        var page = CreditRoutes.Enterprise(firm.Code);

        var response = await siming.SubmitAsync(page, [new("Voiding.RecordId", firm.RecordId.ToString()), new("Voiding.Reason", " ")], page + "?handler=Void");
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("field-validation-error\" data-valmsg-for=\"Voiding.Reason\"", body, StringComparison.Ordinal);
        Assert.Contains("<details class=\"void\" open=\"open\">", body, StringComparison.Ordinal);
        Assert.Null(Assert.Single((await FileAsync(siming, firm.Code)).Records).VoidedAt);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task FilePage_WhenTheFirmReadsItsOwnFile_ShowsTheGradeWithoutTheRiskClassOrForms(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var firm = await GradeDFirmAsync(siming);
        var account = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm.Code);

        var page = await account.PageAsync(CreditRoutes.Enterprise(firm.Code));

        Assert.Contains("D 严重失信", page, StringComparison.Ordinal);
        Assert.Contains("（规则 N2.3，第 1 版）", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"risk-class\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("信用风险", page, StringComparison.Ordinal);
        Assert.DoesNotContain("R-D1", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"record-form\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("void-form", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task FilePage_WhenAnotherFirmsAccount_Returns404(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var firm = await GradeDFirmAsync(siming);
        var other = await app.SignInAsync(Roles.EnterpriseUser, enterprise: (await FirmAsync(siming)).Code);

        var response = await other.GetAsync(CreditRoutes.Enterprise(firm.Code), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task FilePage_WhenAnotherCountysRegulator_Returns404(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var firm = await GradeDFirmAsync(siming);
        var huli = await app.SignInAsync(Roles.Regulator, Huli);

        var response = await huli.GetAsync(CreditRoutes.Enterprise(firm.Code), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task FileForms_WhenAnotherCountysRegulatorPosts_Return404AndChangeNothing(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var firm = await GradeDFirmAsync(siming);
        var huli = await app.SignInAsync(Roles.Regulator, Huli);
        var page = CreditRoutes.Enterprise(firm.Code);

        var voided = await huli.SubmitAsync(CreditRoutes.Pages, [new("Voiding.RecordId", firm.RecordId.ToString()), new("Voiding.Reason", "越界作废")], page + "?handler=Void");
        var recorded = await huli.SubmitAsync(CreditRoutes.Pages,
            [new("Input.Kind", Penalty), new("Input.Severity", "light"), new("Input.OccurredOn", "2026-11-02"), new("Input.Title", "越界录入")], page + "?handler=Record");

        Assert.Equal(HttpStatusCode.NotFound, voided.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, recorded.StatusCode);
        var file = await FileAsync(siming, firm.Code);
        Assert.Null(Assert.Single(file.Records).VoidedAt);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task FileForms_WhenTheFirmsAccountPosts_AreRefused(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var firm = await GradeDFirmAsync(siming);
        var account = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm.Code);
        var page = CreditRoutes.Enterprise(firm.Code);

        var response = await account.SubmitAsync(page, [new("Voiding.RecordId", firm.RecordId.ToString()), new("Voiding.Reason", "企业自行作废")], page + "?handler=Void");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Null(Assert.Single((await FileAsync(siming, firm.Code)).Records).VoidedAt);
    }

    private static async Task<CreditFileView> FileAsync(HttpClient client, string code) =>
        (await client.GetFromJsonAsync<CreditFileView>(CreditRoutes.ApiEnterprise(code), Cancel))!;
}
