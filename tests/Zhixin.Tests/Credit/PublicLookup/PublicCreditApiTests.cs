using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhixin.Credit;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Credit.Api;
using Zhixin.Tests.Credit.Lists;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Credit.PublicLookup;

/// <summary>The anonymous public lookup (信用公示): only public items, the grade only where the region publishes it, meaningful queries only.</summary>
public sealed class PublicCreditApiTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<string> PublicAsync(ZhixinApp app, string firm)
    {
        var response = await app.Anonymous().GetAsync(CreditRoutes.ApiPublicFirm(firm), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return body;
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Lookup_WhenBlackListed_ShowsListingInForceButNoRiskClassRecordsOrGrade(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (firm, _, decided) = await TestListings.BlackListedAsync(app, siming);

        var body = await PublicAsync(app, firm);
        using var json = JsonDocument.Parse(body);
        var view = json.RootElement;

        Assert.Equal(firm, view.GetProperty("creditCode").GetString());
        Assert.Equal("350203", view.GetProperty("regionCode").GetString());
        var listing = Assert.Single(view.GetProperty("listings").EnumerateArray());
        Assert.Equal("black", listing.GetProperty("kind").GetString());
        Assert.Equal(decided.Listing.DecisionNumber, listing.GetProperty("decisionNumber").GetString());
        Assert.False(view.GetProperty("gradePublished").GetBoolean());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("grade").ValueKind);
        Assert.DoesNotContain("riskClass", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("生产销售不合格产品", body, StringComparison.Ordinal);
        Assert.DoesNotContain("测试记录", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Lookup_WhenListingExpiredOrOnlyProposed_ShowsNone(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (expiredFirm, expiredPenalty) = await TestListings.PenalisedFirmAsync(app, siming, daysAgo: 1200);
        var red = await TestListings.ReadAsync<Zhixin.Credit.Lists.ListingView>(
            await TestListings.ProposeAsync(siming, expiredFirm, "red", expiredPenalty), HttpStatusCode.Created);
        var today = TestListings.Today(app);
        await TestListings.ReadAsync<Zhixin.Credit.Lists.ListingView>(await TestListings.NoticeAsync(siming, red.Id, today.AddDays(-1000)), HttpStatusCode.OK);
        await TestListings.ReadAsync<JsonElement>(await TestListings.DecideAsync(siming, red.Id, today.AddDays(-990)), HttpStatusCode.OK);
        var (proposedFirm, proposedPenalty) = await TestListings.PenalisedFirmAsync(app, siming);
        await TestListings.ReadAsync<Zhixin.Credit.Lists.ListingView>(
            await TestListings.ProposeAsync(siming, proposedFirm, "black", proposedPenalty), HttpStatusCode.Created);

        var expired = await PublicAsync(app, expiredFirm);
        var proposed = await PublicAsync(app, proposedFirm);

        Assert.Contains("\"listings\":[]", expired, StringComparison.Ordinal);
        Assert.Contains("\"listings\":[]", proposed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Lookup_WhenRegionPublishesGrades_ShowsGrade(Engine engine)
    {
        var app = apps[engine];
        var haicang = await app.SignInAsync(Roles.Regulator, "350205");
        var firm = await TestCredit.FirmAsync(haicang, "350205");
        await TestCredit.RecordAsync(haicang, firm, "administrativePenalty", "general");
        var before = await PublicAsync(app, firm);

        var set = await haicang.PutAsJsonAsync(CreditRoutes.ApiGradePublicationOf("350205"), new { published = true }, Cancel);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var after = await PublicAsync(app, firm);

        Assert.Contains("\"grade\":null", before, StringComparison.Ordinal);
        Assert.Contains("\"gradePublished\":true", after, StringComparison.Ordinal);
        Assert.Contains("\"grade\":\"B\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("riskClass", after, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task SetGradePublication_WhenAnotherCounty_Returns403(Engine engine)
    {
        var huli = await apps[engine].SignInAsync(Roles.Regulator, "350206");

        var response = await huli.PutAsJsonAsync(CreditRoutes.ApiGradePublicationOf("350203"), new { published = true }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite, "有")]
    [InlineData(Engine.Postgres, "有")]
    [InlineData(Engine.Sqlite, "91350")]
    [InlineData(Engine.Postgres, "")]
    [InlineData(Engine.Sqlite, "ab")]
    public async Task Search_WhenQueryNotMeaningful_Returns400NamingTheRule(Engine engine, string query)
    {
        var response = await apps[engine].Anonymous().GetAsync(CreditRoutes.ApiPublic + "?q=" + Uri.EscapeDataString(query), Cancel);

        var body = await TestCredit.AssertFieldErrorAsync(response, "q");
        Assert.Contains("至少 2 个汉字", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Search_ByCodePrefixOrName_FindsTheFirm(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var name = (await TestCredit.FileAsync(siming, firm)).Name;

        var byCode = await app.Anonymous().GetFromJsonAsync<JsonElement>(CreditRoutes.ApiPublic + "?q=" + firm, Cancel);
        var byName = await app.Anonymous().GetFromJsonAsync<JsonElement>(CreditRoutes.ApiPublic + "?q=" + Uri.EscapeDataString(name), Cancel);

        Assert.Equal(firm, Assert.Single(byCode.GetProperty("items").EnumerateArray()).GetProperty("creditCode").GetString());
        Assert.Equal(firm, Assert.Single(byName.GetProperty("items").EnumerateArray()).GetProperty("creditCode").GetString());
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Lookup_KeepsAViewForTheCacheLifetime_ThenTheNextReaderRebuildsIt(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var renamed = "更名测试企业" + Guid.NewGuid().ToString("N")[..8];
        var first = await PublicAsync(app, firm);

        // A change the lookup is not told of (a rename in the register) shows once the view's lifetime (60 s) is over.
        await RawSql.ExecuteAsync(app, $"UPDATE {RawSql.Table(app, "register", "enterprises")} SET name = '{renamed}' WHERE credit_code = '{firm}'");
        var cached = await PublicAsync(app, firm);
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        var rebuilt = await PublicAsync(app, firm);

        Assert.DoesNotContain(renamed, first, StringComparison.Ordinal);
        Assert.DoesNotContain(renamed, cached, StringComparison.Ordinal);
        Assert.Contains(renamed, rebuilt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Lookup_WhenUnknownCode_Returns404(Engine engine)
    {
        var response = await apps[engine].Anonymous().GetAsync(CreditRoutes.ApiPublicFirm(TestCodes.CreditCode("350203")), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>The public lookup's rate limit, on an app of its own with a limit of two per hour.</summary>
public sealed class PublicCreditRateLimitTests(PostgresCluster postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Lookup_WhenOverTheLimit_Returns429WithRetryAfterAndChineseMessage(Engine engine)
    {
        await using var app = await ZhixinApp.StartAsync(engine, postgres, new Dictionary<string, string>
        {
            ["Zhixin:Credit:PublicLookup:PermitsPerMinute"] = "2",
            ["Zhixin:Credit:PublicLookup:WindowSeconds"] = "3600",
        });
        var client = app.Anonymous();
        var url = CreditRoutes.ApiPublicFirm(TestCodes.CreditCode("350203"));

        var first = await client.GetAsync(url, Cancel);
        var second = await client.GetAsync(url, Cancel);
        var third = await client.GetAsync(url, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero, third.Headers.ToString());
        Assert.Contains("查询过于频繁", await third.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
