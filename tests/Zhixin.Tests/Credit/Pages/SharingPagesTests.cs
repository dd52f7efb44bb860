using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.ManageSharingGrants;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Pages;
using static Zhixin.Tests.Credit.Lists.TestListings;
using static Zhixin.Tests.Credit.Pages.CreditPageData;
using static Zhixin.Tests.Credit.Sharing.TestSharing;

namespace Zhixin.Tests.Credit.Pages;

/// <summary>
/// The sharing pages (信息共享): the grants and the issue form (/credit/sharing), one grant with its audited reads and the
/// revoke form (/credit/sharing/{id}), and a department official's watchlist (/credit/sharing/watchlist).
/// </summary>
public sealed partial class SharingPagesTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string IssueAction => CreditRoutes.Sharing + "?handler=Issue";

    private static string RevokeAction(Guid id) => CreditRoutes.SharingGrant(id) + "?handler=Revoke";

    private static string WatchlistAction(string handler) => CreditRoutes.SharingWatchlist + "?handler=" + handler;

    private static List<KeyValuePair<string, string>> GrantForm(string department, string region, params string[] scopes) =>
    [
        new("Input.DepartmentCode", department), new("Input.RegionCode", region), new("Input.ExpiresOn", "2027-06-30"), new("Input.Purpose", Purpose),
        .. scopes.Select(s => new KeyValuePair<string, string>("Input.Scopes", s)),
    ];

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task IssueGrant_ThroughTheForm_ShowsTheTokenOnce_WhichThenWorks_AndTheListNoLongerShowsIt(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var firm = await GradeDFirmAsync(siming);
        var form = await siming.PageAsync(CreditRoutes.Sharing);

        var response = await siming.SubmitAsync(CreditRoutes.Sharing, GrantForm("fj.education", Siming, "credit:grade", "credit:records"), IssueAction);
        var body = await response.BodyAsync();

        Assert.Contains("value=\"credit:grade\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"credit:risk-class\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "The answer carrying the token must not be cached.");
        Assert.Contains("只在此显示这一次，之后无法再次查看", body, StringComparison.Ordinal);
        var token = TokenPattern().Match(body).Groups[1].Value;
        var grantId = Guid.Parse(GrantLinkPattern().Match(body).Groups[1].Value);
        Assert.StartsWith("zxdep_", token, StringComparison.Ordinal);

        var shared = await Bearer(app, token).GetAsync(CreditRoutes.ApiSharedEnterprise(firm.Code), Cancel);
        var sharedBody = await shared.Content.ReadAsStringAsync(Cancel);
        Assert.True(shared.StatusCode == HttpStatusCode.OK, sharedBody);
        Assert.Contains(firm.Code, sharedBody, StringComparison.Ordinal);
        Assert.DoesNotContain("riskClass", sharedBody, StringComparison.OrdinalIgnoreCase);

        var list = await siming.PageAsync(CreditRoutes.Sharing + "?department=fj.education");
        var grantPage = await siming.PageAsync(CreditRoutes.SharingGrant(grantId));
        Assert.Contains($"data-grant=\"{grantId}\"", list, StringComparison.Ordinal);
        Assert.Contains(token[..10], list, StringComparison.Ordinal);
        Assert.DoesNotContain(token, list, StringComparison.Ordinal);
        Assert.DoesNotContain(token, grantPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"issued-token\"", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task IssueGrant_WhenTheRiskClassIsPostedAndThePurposeMissing_ShowsEachMessageBesideItsField_AndIssuesNothing(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var fields = GrantForm("fj.forestry", Siming, "credit:risk-class");
        fields.RemoveAll(f => f.Key == "Input.Purpose");

        var response = await siming.SubmitAsync(CreditRoutes.Sharing, fields, IssueAction);
        var body = await response.BodyAsync();
        var grants = await siming.GetFromJsonAsync<ListSharingGrantsResponse>(CreditRoutes.ApiSharingGrants + "?department=fj.forestry", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("field-validation-error\" data-valmsg-for=\"Input.Scopes\"[^>]*>[^<]*不对外共享", body);
        Assert.Contains("field-validation-error\" data-valmsg-for=\"Input.Purpose\"", body, StringComparison.Ordinal);
        Assert.Contains("<option value=\"fj.forestry\" selected=\"selected\">", body, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"issued-token\"", body, StringComparison.Ordinal);
        Assert.Equal(0, grants!.Total);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Revoke_WhenConfirmed_StopsTheToken_WhileUnconfirmedItChangesNothing(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var firm = await GradeAFirmAsync(siming);
        var issued = await GrantAsync(siming, "fj.housing", Siming, "credit:grade");
        var client = Bearer(app, issued.Token);
        var page = CreditRoutes.SharingGrant(issued.Grant.Id);

        var unconfirmed = await siming.SubmitAsync(page, [new("Revocation.Reason", "部门系统停用")], RevokeAction(issued.Grant.Id));
        var unconfirmedBody = await unconfirmed.BodyAsync();
        var stillWorks = await client.GetAsync(CreditRoutes.ApiSharedEnterprise(firm.Code), Cancel);
        var confirmed = await siming.SubmitAsync(page, [new("Revocation.Reason", "部门系统停用"), new("Revocation.Confirm", "true")], RevokeAction(issued.Grant.Id));
        var afterRevoke = await client.GetAsync(CreditRoutes.ApiSharedEnterprise(firm.Code), Cancel);
        var shown = await siming.PageAsync(page);
        var revokedList = await siming.PageAsync(CreditRoutes.Sharing + "?department=fj.housing&status=revoked");
        var activeList = await siming.PageAsync(CreditRoutes.Sharing + "?department=fj.housing&status=active");

        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("请勾选确认后再撤销", unconfirmedBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(page, confirmed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        Assert.Contains("id=\"grant-status\">已撤销</span>", shown, StringComparison.Ordinal);
        Assert.Contains("部门系统停用", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"revoke-form\"", shown, StringComparison.Ordinal);
        Assert.Contains($"data-grant=\"{issued.Grant.Id}\"", revokedList, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-grant=\"{issued.Grant.Id}\"", activeList, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GrantPage_AfterALookupAndARefusedLookup_ListsBothReadsAndCountsThemToday(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var huli = await app.SignInAsync(Roles.Regulator, Huli);
        var mine = await GradeAFirmAsync(siming);
        var theirs = await GradeAFirmAsync(huli, Huli);
        var issued = await GrantAsync(siming, "fj.agriculture", Siming, "credit:grade");
        var client = Bearer(app, issued.Token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(CreditRoutes.ApiSharedEnterprise(mine.Code), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(CreditRoutes.ApiSharedEnterprise(theirs.Code), Cancel)).StatusCode);

        var page = await siming.PageAsync(CreditRoutes.SharingGrant(issued.Grant.Id));
        var refusedOnly = await siming.PageAsync(CreditRoutes.SharingGrant(issued.Grant.Id) + "?outcome=refused");
        var reads = await siming.GetFromJsonAsync<ListGrantReadsResponse>(CreditRoutes.ApiSharingGrantReads(issued.Grant.Id), Cancel);

        Assert.Matches($"data-outcome=\"read\">\\s*<td[^>]*>[^<]+</td>\\s*<td>福建省农业厅（{issued.Grant.TokenHint}）</td>\\s*<td>单户查询</td>\\s*<td class=\"code\">{mine.Code}", page);
        Assert.Matches($"data-outcome=\"refused\">(?:(?!</tr>).)*{theirs.Code}(?:(?!</tr>).)*已拒绝（403）(?:(?!</tr>).)*超出授权范围", Flat(page));
        Assert.Contains("信用等级与评分", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"{mine.Code}", refusedOnly, StringComparison.Ordinal);
        Assert.Contains(theirs.Code, refusedOnly, StringComparison.Ordinal);
        Assert.Equal(2, reads!.Total);
        var chart = Chart(page);
        Assert.Equal(1, chart.GetProperty("series")[0].GetProperty("data")[29].GetInt32());
        Assert.Equal(1, chart.GetProperty("series")[1].GetProperty("data")[29].GetInt32());
        Assert.Equal(30, chart.GetProperty("xAxis").GetProperty("data").GetArrayLength());
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GrantPages_WhenAnotherCountysRegulator_NeitherShowNorRevokeTheGrant_WhileTheCityAboveSeesIt(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var huli = await app.SignInAsync(Roles.Regulator, Huli);
        var xiamen = await app.SignInAsync(Roles.Regulator, Xiamen);
        var firm = await GradeAFirmAsync(siming);
        var issued = await GrantAsync(siming, "fj.health", Siming, "credit:grade");

        var page = await huli.GetAsync(CreditRoutes.SharingGrant(issued.Grant.Id), Cancel);
        var list = await huli.PageAsync(CreditRoutes.Sharing + "?department=fj.health");
        var revoke = await huli.SubmitAsync(CreditRoutes.Sharing, [new("Revocation.Reason", "越权撤销"), new("Revocation.Confirm", "true")], RevokeAction(issued.Grant.Id));
        var city = await xiamen.GetAsync(CreditRoutes.SharingGrant(issued.Grant.Id), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain(issued.Grant.Id.ToString(), list, StringComparison.Ordinal);
        Assert.Contains("id=\"no-grants\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(app, issued.Token).GetAsync(CreditRoutes.ApiSharedEnterprise(firm.Code), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, city.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GrantList_WithMoreGrantsThanAPage_PagesThem(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<CreditDbContext>();
            for (var i = 0; i < 51; i++)
            {
                db.SharingGrants.Add(new SharingGrant
                {
                    Id = Guid.CreateVersion7(), DepartmentCode = "fj.water", DepartmentName = "福建省水利厅", RegionCode = Siming, Scopes = "credit:grade",
                    Purpose = Purpose, ExpiresOn = new DateOnly(2027, 6, 30), TokenHash = TestCodes.Token() + i, TokenHint = "zxdep_test",
                    IssuedAt = app.Clock.GetUtcNow().AddMinutes(i), IssuedBy = "test", IssuerRegionCode = Siming,
                });
            }

            return await db.SaveChangesAsync();
        });

        var first = await siming.PageAsync(CreditRoutes.Sharing + "?department=fj.water");
        var second = await siming.PageAsync(CreditRoutes.Sharing + "?department=fj.water&p=2");

        Assert.Equal(CreditSharingPageSize, RowCount(first));
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Equal(1, RowCount(second));
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task WatchlistPage_WhenAnOfficialWatchesAFirm_ShowsItsNotificationsAndMarksThemRead(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var huli = await app.SignInAsync(Roles.Regulator, Huli);
        var firm = await GradeAFirmAsync(siming);
        var theirs = await GradeAFirmAsync(huli, Huli);
        await GrantAsync(siming, "fj.transport", Siming, "credit:grade");
        var officer = await app.SignInAsync(Roles.DepartmentUser, "350000", department: "fj.transport");

        var empty = await officer.PageAsync(CreditRoutes.SharingWatchlist);
        var watched = await officer.SubmitAsync(CreditRoutes.SharingWatchlist, [new("Watch.CreditCode", firm.Code)], WatchlistAction("Watch"));
        var outside = await officer.SubmitAsync(CreditRoutes.SharingWatchlist, [new("Watch.CreditCode", theirs.Code)], WatchlistAction("Watch"));
        var malformed = await officer.SubmitAsync(CreditRoutes.SharingWatchlist, [new("Watch.CreditCode", "9135")], WatchlistAction("Watch"));
        await RecordAsync(siming, firm.Code, Penalty, "serious", title: "关注后的处罚");
        var unread = await officer.PageAsync(CreditRoutes.SharingWatchlist);

        Assert.Contains("id=\"no-watched\"", empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, watched.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Contains("不在本部门获授权的范围内", await outside.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("field-validation-error\" data-valmsg-for=\"Watch.CreditCode\"", await malformed.BodyAsync(), StringComparison.Ordinal);
        Assert.Contains($"<tr data-code=\"{firm.Code}\">", unread, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-code=\"{theirs.Code}\"", unread, StringComparison.Ordinal);
        Assert.Contains("信用记录：新增", unread, StringComparison.Ordinal);
        Assert.Contains("信用等级：A→D", unread, StringComparison.Ordinal);
        Assert.Contains("id=\"unread-count\">未读 2</span>", unread, StringComparison.Ordinal);

        var upTo = Regex.Match(unread, "name=\"upTo\" value=\"(\\d+)\"").Groups[1].Value;
        var read = await officer.SubmitAsync(CreditRoutes.SharingWatchlist, [new("upTo", upTo)], WatchlistAction("Read"));
        var afterRead = await officer.PageAsync(CreditRoutes.SharingWatchlist);
        var all = await officer.PageAsync(CreditRoutes.SharingWatchlist + "?show=all");
        var unwatched = await officer.SubmitAsync(CreditRoutes.SharingWatchlist, [], WatchlistAction("Unwatch") + "&code=" + firm.Code);
        var afterUnwatch = await officer.PageAsync(CreditRoutes.SharingWatchlist);

        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.Contains("id=\"no-notifications\"", afterRead, StringComparison.Ordinal);
        Assert.Contains("id=\"unread-count\">未读 0</span>", afterRead, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(all, "data-read=\"true\""));
        Assert.Equal(HttpStatusCode.Redirect, unwatched.StatusCode);
        Assert.Contains("id=\"no-watched\"", afterUnwatch, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task WatchlistPage_WhenTheDepartmentHasNoGrant_RefusesToWatch_AndARegulatorIsTurnedAway(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var firm = await GradeAFirmAsync(siming);
        var officer = await app.SignInAsync(Roles.DepartmentUser, "350000", department: "fj.tourism");

        var page = await officer.PageAsync(CreditRoutes.SharingWatchlist);
        var watch = await officer.SubmitAsync(CreditRoutes.SharingWatchlist, [new("Watch.CreditCode", firm.Code)], WatchlistAction("Watch"));
        var regulator = await siming.GetAsync(CreditRoutes.SharingWatchlist, Cancel);

        Assert.Contains("id=\"no-watched\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, watch.StatusCode);
        Assert.Contains($"企业 {firm.Code} 不在本部门获授权的范围内", await watch.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, regulator.StatusCode);
        Assert.Contains("access-denied", regulator.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private const int CreditSharingPageSize = Zhixin.Credit.Pages.Credit.CreditSharingModel.PageSize;

    private static int RowCount(string page) => Regex.Count(page, "<tr data-grant=");

    /// <summary>The page's HTML on one line, so a pattern may span a table row.</summary>
    private static string Flat(string page) => page.ReplaceLineEndings(" ");

    private static JsonElement Chart(string page)
    {
        var encoded = Regex.Match(page, "id=\"reads-chart\"[^>]*data-chart=\"([^\"]+)\"").Groups[1].Value;
        return JsonDocument.Parse(WebUtility.HtmlDecode(encoded)).RootElement.Clone();
    }

    [GeneratedRegex("<code id=\"issued-token\">([^<]+)</code>")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("href=\"/credit/sharing/([0-9a-f-]{36})\" id=\"issued-grant\"")]
    private static partial Regex GrantLinkPattern();
}
