using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhixin.Credit;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Pages;

namespace Zhixin.Tests.Credit.Pages;

/// <summary>
/// The inspection ratios page (分类抽查比例): a region's ratios by risk class, set through the form with each
/// problem named, and followed by the regions below; and the links to it from the credit home page.
/// </summary>
public sealed class InspectionRatioPageTests(Apps apps) : IClassFixture<Apps>
{
    private const string Quanzhou = "350500";
    private const string Licheng = "350502";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RatiosPage_WhenACitySetsItsRatios_NamesEachProblemFirst_AndTheCountyBelowFollowsThem(Engine engine)
    {
        var app = apps[engine];
        var city = await app.SignInAsync(Roles.Regulator, Quanzhou);
        var county = await app.SignInAsync(Roles.Regulator, Licheng);

        var before = await city.PageAsync(CreditRoutes.InspectionRatios);
        Assert.Contains("本地区及上级地区均未设定抽查比例", before, StringComparison.Ordinal);
        Assert.Contains("value=\"350500\"", before, StringComparison.Ordinal);

        var outOfRange = await city.SubmitAsync(CreditRoutes.InspectionRatios, Ratios("-1", "5", "50", "100"));
        var notANumber = await city.SubmitAsync(CreditRoutes.InspectionRatios, Ratios("1", "5", "abc", "100"));
        var notANumberBody = await notANumber.BodyAsync();
        var decreasing = await city.SubmitAsync(CreditRoutes.InspectionRatios, Ratios("10", "5", "100", "100"));
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Contains("A 类抽查比例须在 0 到 100（%）之间，不能是 -1", await outOfRange.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notANumber.StatusCode);
        Assert.Contains("C 类抽查比例的格式不正确", notANumberBody, StringComparison.Ordinal);
        Assert.Contains("value=\"abc\"", notANumberBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, decreasing.StatusCode);
        Assert.Contains("抽查比例须随风险升高而不降低", await decreasing.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await InForceAsync(city, Quanzhou)).ValueKind);

        var saved = await city.SubmitAsync(CreditRoutes.InspectionRatios, Ratios("2", "5", "100", "100"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var own = await city.PageAsync(saved.Headers.Location!.OriginalString);
        var inherited = await county.PageAsync(CreditRoutes.InspectionRatios);

        Assert.Contains("本地区自行设定的比例", own, StringComparison.Ordinal);
        Assert.Contains("data-class=\"A\">2 %", own, StringComparison.Ordinal);
        Assert.Contains("data-class=\"D\">100 %", own, StringComparison.Ordinal);
        Assert.Contains("id=\"ratio-chart\"", own, StringComparison.Ordinal);
        Assert.Contains("data-set-by=\"350500\"", inherited, StringComparison.Ordinal);
        Assert.Contains("沿用", inherited, StringComparison.Ordinal);
        Assert.Contains("泉州市（350500）的设定", inherited, StringComparison.Ordinal);
        Assert.Contains("鲤城区", inherited, StringComparison.Ordinal);
        var forCounty = await InForceAsync(county, Licheng);
        Assert.Equal((Quanzhou, 2m, 100m), (forCounty.GetProperty("setBy").GetString(), forCounty.GetProperty("a").GetDecimal(), forCounty.GetProperty("d").GetDecimal()));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RatiosPage_WhenACountySetsAnotherCountysRatios_IsRefusedAndChangesNothing(Engine engine)
    {
        var huli = await apps[engine].SignInAsync(Roles.Regulator, "350206");

        var response = await huli.SubmitAsync(CreditRoutes.InspectionRatios, [.. Ratios("1", "2", "50", "100"), new("Region", "350203")]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("只能设定本辖区或下级辖区的抽查比例", await response.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await InForceAsync(huli, "350203")).ValueKind);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task CreditHome_LinksTheSupervisionSettings_ForRegulatorsOnly(Engine engine)
    {
        var app = apps[engine];
        var regulator = await app.SignInAsync(Roles.Regulator, "350203");
        var (firm, _) = await CreditPageData.FirmAsync(regulator);
        var own = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm);

        var forRegulator = await regulator.PageAsync(CreditRoutes.Pages);
        var forFirm = await own.PageAsync(CreditRoutes.Pages);

        Assert.Contains($"href=\"{CreditRoutes.InspectionRatios}\"", forRegulator, StringComparison.Ordinal);
        Assert.Contains($"href=\"{CreditRoutes.GradePublication}\"", forRegulator, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"credit-settings\"", forFirm, StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> Ratios(string a, string b, string c, string d) =>
        [new("A", a), new("B", b), new("C", c), new("D", d)];

    private static async Task<JsonElement> InForceAsync(HttpClient regulator, string region) =>
        (await regulator.GetFromJsonAsync<JsonElement>(CreditRoutes.ApiInspectionRatiosOf(region), Cancel)).GetProperty("inForce");
}
