using System.Net;
using Zhixin.Credit;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Pages;
using static Zhixin.Tests.Credit.Pages.CreditPageData;

namespace Zhixin.Tests.Credit.Pages;

/// <summary>The grades list (/credit): filters, paging, the chart, the rule set, and the open-a-file form.</summary>
public sealed class CreditListPageTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task List_WhenFilteredByGrade_ShowsOnlyFirmsOfThatGrade(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var good = await GradeAFirmAsync(siming);
        var bad = await GradeDFirmAsync(siming);

        var page = await siming.PageAsync(CreditRoutes.Pages + "?grade=D");

        Assert.Contains(bad.Code, page, StringComparison.Ordinal);
        Assert.Contains(bad.Name, page, StringComparison.Ordinal);
        Assert.DoesNotContain(good.Code, page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge bad\">D 严重失信</span>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task List_WhenFilteredByRiskClass_ShowsOnlyFirmsOfThatClass(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var good = await GradeAFirmAsync(siming);
        var bad = await GradeDFirmAsync(siming);

        var page = await siming.PageAsync(CreditRoutes.Pages + "?riskClass=D");

        Assert.Contains("id=\"riskClass\"", page, StringComparison.Ordinal);
        Assert.Contains(bad.Code, page, StringComparison.Ordinal);
        Assert.DoesNotContain(good.Code, page, StringComparison.Ordinal);
        Assert.Contains("D 信用风险高", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task List_WhenFilteredByRegionAndCodePrefix_ShowsTheFirmOnlyInItsRegion(Engine engine)
    {
        var xiamen = await apps[engine].SignInAsync(Roles.Regulator, Xiamen);
        var firm = await GradeAFirmAsync(xiamen, Huli);

        var inHuli = await xiamen.PageAsync(CreditRoutes.Pages + "?region=" + Huli + "&q=" + firm.Code[..12].ToLowerInvariant());
        var inSiming = await xiamen.PageAsync(CreditRoutes.Pages + "?region=" + Siming + "&q=" + firm.Code);

        Assert.Contains($"data-code=\"{firm.Code}\"", inHuli, StringComparison.Ordinal);
        Assert.Contains("福建省厦门市湖里区", inHuli, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-code=\"{firm.Code}\"", inSiming, StringComparison.Ordinal);
        Assert.Contains("没有符合条件的已评价企业", inSiming, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task List_WhenMoreThanAPage_PagesWithTheFiltersKept(Engine engine)
    {
        var app = apps[engine];
        const string Tongan = "350212";
        await AssessmentsAsync(app, Tongan, 51);
        var xiamen = await app.SignInAsync(Roles.Regulator, Xiamen);

        var first = await xiamen.PageAsync(CreditRoutes.Pages + "?region=" + Tongan);
        var second = await xiamen.PageAsync(CreditRoutes.Pages + "?region=" + Tongan + "&p=2");

        Assert.Equal(50, Rows(first));
        Assert.Contains("href=\"/credit?region=350212&amp;p=2\"", first, StringComparison.Ordinal);
        Assert.Equal(1, Rows(second));
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task List_WhenFiltersChange_ReturnsTheRowsAndChartAsAFragment(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var bad = await GradeDFirmAsync(siming);

        var response = await siming.GetAsync(CreditRoutes.Pages + "?handler=Rows&grade=D&q=" + bad.Code, Cancel);
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", body, StringComparison.Ordinal);
        Assert.Contains(bad.Code, body, StringComparison.Ordinal);
        Assert.Contains("id=\"grade-chart\"", body, StringComparison.Ordinal);
        Assert.Equal(CreditRoutes.Pages + "?grade=D&q=" + bad.Code, Assert.Single(response.Headers.GetValues("HX-Push-Url")));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task List_WhenRegulatorOpensIt_ShowsTheGradeChartAndTheRuleSetVersion(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var bad = await GradeDFirmAsync(siming);

        var page = await siming.PageAsync(CreditRoutes.Pages + "?q=" + bad.Code);

        Assert.Contains("现行评分规则：第 1 版《企业质量信用评分规则（第1版，试行）》", page, StringComparison.Ordinal);
        Assert.Contains("echarts.min.js", page, StringComparison.Ordinal);
        Assert.Contains("id=\"open-form\"", page, StringComparison.Ordinal);
        // The chart counts the firms matching the region and code filters: here the one firm, a D.
        Assert.Contains("&quot;data&quot;:[{&quot;value&quot;:0,", page, StringComparison.Ordinal);
        Assert.Contains("{&quot;value&quot;:1,&quot;itemStyle&quot;:{&quot;color&quot;:&quot;#b3261e&quot;}}", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task List_WhenEnterpriseAccount_ShowsItsOwnGradeWithoutTheRiskClass(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var bad = await GradeDFirmAsync(siming);
        var other = await GradeDFirmAsync(siming);
        var firm = await app.SignInAsync(Roles.EnterpriseUser, enterprise: bad.Code);

        var page = await firm.PageAsync(CreditRoutes.Pages);
        var asked = await firm.GetAsync(CreditRoutes.Pages + "?riskClass=D", Cancel);

        Assert.Contains(bad.Code, page, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Code, page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"riskClass\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("信用风险", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"open-form\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.DoesNotContain("信用风险", await asked.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Open_WhenTheCodeIsValid_RedirectsToTheFile(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var firm = await FirmAsync(siming);

        var response = await siming.GetAsync(CreditRoutes.Pages + "?handler=Open&code=" + firm.Code.ToLowerInvariant(), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CreditRoutes.Enterprise(firm.Code), response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Open_WhenTheCheckCharacterIsWrong_ShowsTheProblemBesideTheField(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var code = TestCodes.CreditCode();
        var wrong = code[..17] + (code[17] == '0' ? '1' : '0');

        var response = await siming.GetAsync(CreditRoutes.Pages + "?handler=Open&code=" + wrong, Cancel);
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("field-validation-error\" data-valmsg-for=\"Code\"", body, StringComparison.Ordinal);
        Assert.Contains("校验", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_WhenAnonymous_RedirectsToSignIn()
    {
        var response = await apps[Engine.Sqlite].Anonymous().GetAsync(CreditRoutes.Pages, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static int Rows(string page) =>
        page.Split("<tr data-code=", StringSplitOptions.None).Length - 1;
}
