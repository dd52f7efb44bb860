using System.Net;
using System.Net.Http.Json;
using Zhixin.Credit;
using Zhixin.Credit.Features.ManageSharingGrants;
using Zhixin.Credit.Features.ShareCreditData;
using Zhixin.Credit.Features.Watchlist;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Credit.Api;
using Zhixin.Tests.Infrastructure;
using static Zhixin.Tests.Credit.Lists.TestListings;
using static Zhixin.Tests.Credit.Sharing.TestSharing;

namespace Zhixin.Tests.Credit.Sharing;

/// <summary>The sharing API (信息共享): department tokens, scope, the risk class kept in, bulk, the change feed, joint checks, the watchlist.</summary>
public sealed class SharingApiTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly string[] GradeOnly = ["credit:grade"];
    private static readonly string[] RiskClassOnly = ["credit:risk-class"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Lookup_WithToken_ReturnsGrantedDataWithoutRiskClass_AndRevokedExpiredUnknownAre401(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "general", Day(Today(app).AddDays(-20)));
        var issued = await GrantAsync(siming, "fj.education", "350203", "credit:grade", "credit:records");
        Assert.StartsWith("zxdep_", issued.Token, StringComparison.Ordinal);

        var client = Bearer(app, issued.Token);
        var response = await client.GetAsync(CreditRoutes.ApiSharedEnterprise(firm), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.DoesNotContain("riskClass", body, StringComparison.OrdinalIgnoreCase);
        var file = (await response.Content.ReadFromJsonAsync<SharedFileView>(Cancel))!;
        Assert.NotNull(file.Grade);
        Assert.Single(file.Records!);
        Assert.Null(file.Listings);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(app, "zxdep_" + new string('x', 43)).GetAsync(CreditRoutes.ApiSharedEnterprise(firm), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(CreditRoutes.ApiSharedEnterprise(firm), Cancel)).StatusCode);

        var revoke = await siming.PostAsJsonAsync(CreditRoutes.ApiSharingGrantRevocation(issued.Grant.Id), new { reason = "部门系统停用" }, Cancel);
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(CreditRoutes.ApiSharedEnterprise(firm), Cancel)).StatusCode);

        var expiring = await siming.PostAsJsonAsync(CreditRoutes.ApiSharingGrants, new
        {
            departmentCode = "fj.education", regionCode = "350203", scopes = GradeOnly, expiresOn = Day(Today(app)), purpose = "当日到期",
        }, Cancel);
        var shortGrant = await ReadAsync<IssueSharingGrantResponse>(expiring, HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(app, shortGrant.Token).GetAsync(CreditRoutes.ApiSharedEnterprise(firm), Cancel)).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(app, shortGrant.Token).GetAsync(CreditRoutes.ApiSharedEnterprise(firm), Cancel)).StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task IssueGrant_WithRiskClassOrWiderRegion_Returns400NamingTheField(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");

        var riskClass = await siming.PostAsJsonAsync(CreditRoutes.ApiSharingGrants, new
        {
            departmentCode = "fj.education", regionCode = "350203", scopes = RiskClassOnly, expiresOn = "2027-01-01", purpose = "x",
        }, Cancel);
        var wider = await siming.PostAsJsonAsync(CreditRoutes.ApiSharingGrants, new
        {
            departmentCode = "fj.education", regionCode = "350200", scopes = GradeOnly, expiresOn = "2027-01-01", purpose = "x",
        }, Cancel);

        Assert.Contains("不对外共享", await TestCredit.AssertFieldErrorAsync(riskClass, "scopes"), StringComparison.Ordinal);
        await TestCredit.AssertFieldErrorAsync(wider, "regionCode");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Lookup_OutsideTheGrant_Returns403AndIsAudited_BulkAnswersCodeByCode(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var huli = await app.SignInAsync(Roles.Regulator, "350206");
        var mine = await TestCredit.FirmAsync(siming);
        var theirs = await TestCredit.FirmAsync(huli, "350206");
        var issued = await GrantAsync(siming, "fj.housing", "350203", "credit:grade");
        var client = Bearer(app, issued.Token);

        var refused = await client.GetAsync(CreditRoutes.ApiSharedEnterprise(theirs), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var bulk = await client.PostAsJsonAsync(CreditRoutes.ApiSharingBulk, new { creditCodes = new[] { mine, theirs, TestCodes.CreditCode("350203"), "not-a-code" } }, Cancel);
        var answer = await ReadAsync<QuerySharedFilesResponse>(bulk, HttpStatusCode.OK);
        Assert.Equal([null, "out-of-scope", "unknown", "invalid"], answer.Results.Select(r => r.Refused));
        Assert.NotNull(answer.Results[0].File);
        Assert.Equal((1, 3), (answer.Shared, answer.Refused));

        var denied = Convert.ToInt64(await RawSql.ScalarAsync(app,
            $"SELECT COUNT(*) FROM {RawSql.Table(app, "platform", "audit_entries")} WHERE action = 'share-denied' AND entity_id = '{theirs}' AND detail LIKE '%token={issued.Grant.Id:D}%'"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(2, denied);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ChangeFeed_PagedToTheEnd_MissesAndRepeatsNothing_IncludingChangesAfterTheLastPage(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var issued = await GrantAsync(siming, "fj.agriculture", "350203", "credit:grade", "credit:records", "credit:lists");
        var client = Bearer(app, issued.Token);
        var cursor = await DrainAsync(client, 0, []);
        var firm = await TestCredit.FirmAsync(siming);
        for (var i = 0; i < 3; i++)
        {
            await TestCredit.RecordAsync(siming, firm, "complaintUpheld", occurredOn: Day(Today(app).AddDays(-i - 1)));
        }

        var seen = new List<CreditChangeView>();
        cursor = await DrainAsync(client, cursor, seen, pageSize: 2);
        Assert.Equal(3, seen.Count(c => c.CreditCode == firm && c.Kind == "record"));
        Assert.Contains(seen, c => c.CreditCode == firm && c.Kind == "grade");

        await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "serious", Day(Today(app).AddDays(-1)));
        var later = new List<CreditChangeView>();
        await DrainAsync(client, cursor, later, pageSize: 2);
        Assert.Single(later, c => c.CreditCode == firm && c.Kind == "record");
        Assert.Contains(later, c => c.CreditCode == firm && c.Kind == "grade" && c.Change.Contains('→', StringComparison.Ordinal));
        var all = seen.Concat(later).Select(c => c.Cursor).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(all.Order().ToList(), all);
    }

    private static async Task<long> DrainAsync(HttpClient client, long since, List<CreditChangeView> into, int pageSize = 500)
    {
        while (true)
        {
            var page = (await client.GetFromJsonAsync<ChangeFeedResponse>($"{CreditRoutes.ApiSharingChanges}?since={since}&pageSize={pageSize}", Cancel))!;
            into.AddRange(page.Items);
            Assert.True(page.NextCursor >= since);
            since = page.NextCursor;
            if (!page.More)
            {
                return since;
            }
        }
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task JointCheck_WhenBlackListed_RefusesNamingTheListing_CleanFirmAllowed(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (listed, _, decided) = await BlackListedAsync(app, siming);
        var clean = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, clean, "certification", occurredOn: Day(Today(app).AddDays(-3)));
        var issued = await GrantAsync(siming, "fj.economy-trade", "350203", "credit:joint-check");
        var client = Bearer(app, issued.Token);

        var refused = (await client.GetFromJsonAsync<JointCheckResponse>(CreditRoutes.ApiJointCheck(listed, "fiscal-subsidy"), Cancel))!;
        var allowed = (await client.GetFromJsonAsync<JointCheckResponse>(CreditRoutes.ApiJointCheck(clean, "government-procurement"), Cancel))!;
        var greenChannel = (await client.GetFromJsonAsync<JointCheckResponse>(CreditRoutes.ApiJointCheck(clean, "green-channel"), Cancel))!;

        Assert.False(refused.Allowed);
        Assert.Contains(refused.Reasons, r => r.Code == "credit.joint-black-listed" && r.Refuses && r.Text.Contains(decided.Listing.DecisionNumber!, StringComparison.Ordinal));
        Assert.Contains(refused.Reasons, r => r.Code == "credit.joint-recent-penalty");
        Assert.False(refused.Verified);
        Assert.True(allowed.Allowed);
        Assert.Equal("credit.joint-nothing-against", allowed.Reasons.Single().Code);
        Assert.True(greenChannel.Allowed == greenChannel.Reasons.Any(r => r.Code == "credit.joint-grade-a"));
        var bad = await client.GetAsync(CreditRoutes.ApiJointCheck(clean, "lottery"), Cancel);
        await TestCredit.AssertFieldErrorAsync(bad, "measure");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Watchlist_AfterRecordAndListingChanges_NotifiesTheDepartment_AndDepartmentUserSharesIt(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var huli = await app.SignInAsync(Roles.Regulator, "350206");
        var department = "fj.qts";
        var issued = await GrantAsync(siming, department, "350203", "credit:grade");
        var client = Bearer(app, issued.Token);
        var (firm, penalty) = await PenalisedFirmAsync(app, siming);
        var theirs = await TestCredit.FirmAsync(huli, "350206");

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync(CreditRoutes.ApiWatchlist, new { creditCode = firm }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync(CreditRoutes.ApiWatchlist, new { creditCode = theirs }, Cancel)).StatusCode);
        var before = (await client.GetFromJsonAsync<WatchNotificationsResponse>(CreditRoutes.ApiWatchNotifications, Cancel))!;

        await TestCredit.RecordAsync(siming, firm, "recall", occurredOn: Day(Today(app).AddDays(-2)));
        var proposed = await ReadAsync<Zhixin.Credit.Lists.ListingView>(await ProposeAsync(siming, firm, "black", penalty), HttpStatusCode.Created);
        await ReadAsync<Zhixin.Credit.Lists.ListingView>(await NoticeAsync(siming, proposed.Id, Today(app).AddDays(-10)), HttpStatusCode.OK);
        await ReadAsync<Zhixin.Credit.Lists.ListingChangeResponse>(await DecideAsync(siming, proposed.Id, Today(app)), HttpStatusCode.OK);

        var officer = await app.SignInAsync(Roles.DepartmentUser, "350000", department: department);
        var after = (await officer.GetFromJsonAsync<WatchNotificationsResponse>($"{CreditRoutes.ApiWatchNotifications}?since={before.NextCursor}", Cancel))!;
        Assert.Contains(after.Items, n => n.Kind == "record" && n.Change == "added");
        Assert.Contains(after.Items, n => n.Kind == "listing" && n.Change == "black:noticed");
        Assert.Contains(after.Items, n => n.Kind == "listing" && n.Change == "black:listed");
        Assert.Contains(after.Items, n => n.Kind == "grade" && n.Change == "D");
        Assert.Contains((await officer.GetFromJsonAsync<WatchlistResponse>(CreditRoutes.ApiWatchlist, Cancel))!.Items, w => w.CreditCode == firm);

        var read = await officer.PostAsJsonAsync(CreditRoutes.ApiWatchNotificationsRead, new { upTo = after.NextCursor }, Cancel);
        Assert.Equal(0, (await ReadAsync<WatchNotificationsResponse>(read, HttpStatusCode.OK)).Unread);
        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync(CreditRoutes.ApiWatch(firm), Cancel)).StatusCode);
    }
}
