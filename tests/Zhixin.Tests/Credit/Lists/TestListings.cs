using System.Net;
using System.Net.Http.Json;
using Zhixin.Credit;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Pages.Support;
using Zhixin.Tests.Credit.Api;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Credit.Lists;

/// <summary>Listings made through the API by the test itself, dated from the app's clock (tests of a class share it and some advance it).</summary>
internal static class TestListings
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static DateOnly Today(ZhixinApp app) => ChinaTime.Today(app.Clock);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A firm with a serious penalty dated <paramref name="daysAgo"/> days back, and the penalty's record id.</summary>
    public static async Task<(string Firm, Guid Penalty)> PenalisedFirmAsync(ZhixinApp app, HttpClient regulator, int daysAgo = 30)
    {
        var firm = await TestCredit.FirmAsync(regulator);
        var penalty = await TestCredit.RecordAsync(regulator, firm, "administrativePenalty", "serious", Day(Today(app).AddDays(-daysAgo)));
        return (firm, penalty.Record.Id);
    }

    public static Task<HttpResponseMessage> ProposeAsync(HttpClient regulator, string firm, string kind, params Guid[] records) =>
        regulator.PostAsJsonAsync(CreditRoutes.ApiLists, new
        {
            creditCode = firm,
            kind,
            grounds = "生产销售不合格产品，货值金额较大，受到较重行政处罚",
            groundRecordIds = records,
        }, Cancel);

    public static Task<HttpResponseMessage> NoticeAsync(HttpClient regulator, Guid id, DateOnly servedOn) =>
        regulator.PostAsJsonAsync(CreditRoutes.ApiListingNotice(id), new
        {
            noticeNumber = "思市监信告〔2026〕" + Random.Shared.Next(1, 999) + "号",
            servedOn = Day(servedOn),
            reasons = "你单位因生产销售不合格产品受到较重行政处罚，拟列入严重违法失信名单",
            rights = "你单位可在收到本告知书之日起五日内提出陈述、申辩",
        }, Cancel);

    public static Task<HttpResponseMessage> DecideAsync(HttpClient regulator, Guid id, DateOnly decidedOn) =>
        regulator.PostAsJsonAsync(CreditRoutes.ApiListingDecision(id), new
        {
            decisionNumber = "思市监信决〔2026〕" + Random.Shared.Next(1, 999) + "号",
            decidedOn = Day(decidedOn),
            authority = "厦门市思明区市场监督管理局",
        }, Cancel);

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(response.StatusCode == expected, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<T>(Cancel))!;
    }

    /// <summary>A black listing in force from today: proposed, noticed 10 days ago (past the 5-day statement period), decided today.</summary>
    public static async Task<(string Firm, Guid Penalty, ListingChangeResponse Decided)> BlackListedAsync(ZhixinApp app, HttpClient regulator, int penaltyDaysAgo = 30)
    {
        var (firm, penalty) = await PenalisedFirmAsync(app, regulator, penaltyDaysAgo);
        var proposed = await ReadAsync<ListingView>(await ProposeAsync(regulator, firm, "black", penalty), HttpStatusCode.Created);
        await ReadAsync<ListingView>(await NoticeAsync(regulator, proposed.Id, Today(app).AddDays(-10)), HttpStatusCode.OK);
        var decided = await ReadAsync<ListingChangeResponse>(await DecideAsync(regulator, proposed.Id, Today(app)), HttpStatusCode.OK);
        return (firm, penalty, decided);
    }

    /// <summary>A 409 naming <paramref name="rule"/>; returns the body.</summary>
    public static async Task<string> AssertConflictAsync(HttpResponseMessage response, string rule)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, body);
        Assert.Contains(rule, body, StringComparison.Ordinal);
        return body;
    }
}
