using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Lists;
using Zhixin.Platform;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Pages;
using static Zhixin.Tests.Credit.Lists.TestListings;

namespace Zhixin.Tests.Credit.Pages;

/// <summary>
/// The list pages: /credit/lists (filters, paging, the chart), /credit/lists/{id} (the listing, its history and the
/// form of its next step), /credit/lists/new (the proposal) and the listings on the firm's file; regulators only.
/// </summary>
public sealed class ListPagesTests(Apps apps) : IClassFixture<Apps>
{
    private const string Siming = CreditPageData.Siming;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Lists_WhenFilteredByKindStatusAndCode_ShowsOnlyTheMatchingListingLinkedToItsPage(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var (black, _, decided) = await BlackListedAsync(app, siming);
        var red = await RedProposalAsync(app, siming);

        var blackListed = await siming.PageAsync(CreditRoutes.Lists + "?kind=black&status=listed&q=" + black);
        var redListed = await siming.PageAsync(CreditRoutes.Lists + "?kind=red&status=listed&q=" + red.Code);
        var redProposed = await siming.PageAsync(CreditRoutes.Lists + "?kind=red&status=proposed&q=" + red.Code);

        Assert.Contains($"<a href=\"{CreditRoutes.Listing(decided.Listing.Id)}\">", blackListed, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge bad\">严重违法失信名单（黑名单）</span>", blackListed, StringComparison.Ordinal);
        Assert.Contains(decided.Listing.DecisionNumber!, blackListed, StringComparison.Ordinal);
        Assert.Contains($"{Day(Today(app))} 至 {Day(decided.Listing.ListedUntil!.Value)}", blackListed, StringComparison.Ordinal);
        Assert.Contains("id=\"no-listings\"", redListed, StringComparison.Ordinal);
        Assert.Equal(1, Rows(redProposed));
        Assert.Contains($"data-id=\"{red.Id}\"", redProposed, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge warn\">拟列入</span>", redProposed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Lists_WhenFilteredByTheStartOfTheName_FindsTheFirm(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var red = await RedProposalAsync(app, siming);
        var other = await RedProposalAsync(app, siming);

        var page = await siming.PageAsync(CreditRoutes.Lists + "?q=" + Uri.EscapeDataString(red.Name[..10]));

        Assert.Contains($"data-id=\"{red.Id}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-id=\"{other.Id}\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Lists_WhenMoreThanAPage_PagesWithTheFiltersKept(Engine engine)
    {
        var app = apps[engine];
        const string Jimei = "350211";
        await ProposalsAsync(app, Jimei, 51);
        var xiamen = await app.SignInAsync(Roles.Regulator, CreditPageData.Xiamen);

        var first = await xiamen.PageAsync(CreditRoutes.Lists + "?kind=red&region=" + Jimei);
        var second = await xiamen.PageAsync(CreditRoutes.Lists + "?kind=red&region=" + Jimei + "&p=2");

        Assert.Equal(50, Rows(first));
        Assert.Contains("href=\"/credit/lists?kind=red&amp;region=350211&amp;p=2\"", first, StringComparison.Ordinal);
        Assert.Equal(1, Rows(second));
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Lists_WhenFiltersChange_ReturnsTheRowsAndTheChartByListAndStatusAsAFragment(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var (black, _, _) = await BlackListedAsync(app, siming);

        var response = await siming.GetAsync(CreditRoutes.Lists + "?handler=Rows&q=" + black, Cancel);
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", body, StringComparison.Ordinal);
        Assert.Contains("id=\"listing-chart\"", body, StringComparison.Ordinal);
        // A bar per status for each list: the black list's one listing is at 已列入, the third status.
        Assert.Contains("&quot;data&quot;:[0,0,1,0,0,0]", body, StringComparison.Ordinal);
        Assert.Equal(CreditRoutes.Lists + "?q=" + black, Assert.Single(response.Headers.GetValues("HX-Push-Url")));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Lists_WhenAFilterIsInvalid_ShowsTheProblem(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);

        var response = await siming.GetAsync(CreditRoutes.Lists + "?status=gone", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("名单状态“gone”无效", await response.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Listing_WhenInForce_ShowsGroundsNoticeDecisionPeriodHistoryAndTheEarlyRemovalForm(Engine engine)
    {
        var app = apps[engine];
        var userName = "siming-lists-" + TestCodes.Token();
        var siming = await app.SignInAsync(Roles.Regulator, Siming, userName: userName);
        var (firm, penalty, decided) = await BlackListedAsync(app, siming);
        var listing = decided.Listing;

        var page = await siming.PageAsync(CreditRoutes.Listing(listing.Id));

        Assert.Contains($"<a href=\"{CreditRoutes.Enterprise(firm)}\" id=\"firm-link\">", page, StringComparison.Ordinal);
        Assert.Contains("生产销售不合格产品，货值金额较大，受到较重行政处罚", page, StringComparison.Ordinal);
        Assert.Contains("第44号", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{CreditRoutes.Enterprise(firm)}#record-{penalty}\"", page, StringComparison.Ordinal);
        Assert.Contains("行政处罚（严重）：测试记录", page, StringComparison.Ordinal);
        Assert.Contains(listing.NoticeNumber!, page, StringComparison.Ordinal);
        Assert.Contains("你单位可在收到本告知书之日起五日内提出陈述、申辩", page, StringComparison.Ordinal);
        Assert.Contains(listing.DecisionNumber!, page, StringComparison.Ordinal);
        Assert.Contains($"<dd class=\"code\" id=\"listed-period\">{Day(Today(app))} 至 {Day(listing.ListedUntil!.Value)}</dd>", page, StringComparison.Ordinal);
        Assert.Contains(Day(listing.EarlyRemovalFrom!.Value), page, StringComparison.Ordinal);
        Assert.Equal(3, Steps(page));
        Assert.Contains("<tr data-step=\"listed\">", page, StringComparison.Ordinal);
        Assert.Equal(3, page.Split($"<td>{userName}</td>").Length - 1);
        Assert.Contains("id=\"removal-form\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"revocation-form\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"decision-form\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"notice-form\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Listing_WhenExpired_ShowsTheExpiryAndEveryStepWithoutForms(Engine engine)
    {
        var app = apps[engine];
        var id = await ExpiredListingAsync(app);
        var siming = await app.SignInAsync(Roles.Regulator, Siming);

        var page = await siming.PageAsync(CreditRoutes.Listing(id));

        Assert.Contains("data-status=\"expired\">期满移出</span>", page, StringComparison.Ordinal);
        Assert.Contains("列入期已于 2025-10-31 届满，自 2025-11-01 起期满移出。", page, StringComparison.Ordinal);
        Assert.Equal(4, Steps(page));
        Assert.Contains("<tr data-step=\"expired\">", page, StringComparison.Ordinal);
        Assert.Contains("按期自动（无需办理）", page, StringComparison.Ordinal);
        Assert.Contains("闽市监信决〔2022〕7号", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"next-step\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ServeNotice_WhenPostedThroughTheForm_RecordsItAndRedirectsToTheHistory(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var proposed = await ProposedAsync(app, siming);
        var page = CreditRoutes.Listing(proposed.Id);
        var form = await siming.PageAsync(page);

        var response = await siming.SubmitAsync(page,
        [
            new("Notice.NoticeNumber", "思市监信告〔2026〕12号"), new("Notice.ServedOn", Day(Today(app))),
            new("Notice.Reasons", "拟列入严重违法失信名单"), new("Notice.Rights", "五日内陈述、申辩"),
        ], page + "?handler=Notice");

        Assert.Contains("id=\"notice-form\"", form, StringComparison.Ordinal);
        Assert.Contains("你单位可在收到本告知书之日起 5 日内提出陈述、申辩", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page + "#history", response.Headers.Location?.OriginalString);
        var stored = await ListingAsync(siming, proposed.Id);
        Assert.Equal(("noticed", "思市监信告〔2026〕12号", Today(app).AddDays(6)), (stored.Status, stored.NoticeNumber, stored.DecisionAllowedFrom));
        var shown = await siming.PageAsync(page);
        Assert.Contains("已记录：已告知。", shown, StringComparison.Ordinal);
        Assert.Contains("id=\"decision-form\"", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ServeNotice_WhenTheReasonsAreMissing_ShowsTheMessageBesideTheField(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var proposed = await ProposedAsync(app, siming);
        var page = CreditRoutes.Listing(proposed.Id);

        var response = await siming.SubmitAsync(page,
            [new("Notice.ServedOn", Day(Today(app))), new("Notice.Reasons", " "), new("Notice.Rights", "陈述、申辩")], page + "?handler=Notice");
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("field-validation-error\" data-valmsg-for=\"Notice.Reasons\"", body, StringComparison.Ordinal);
        Assert.Contains("告知事由", body, StringComparison.Ordinal);
        Assert.Equal("proposed", (await ListingAsync(siming, proposed.Id)).Status);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Decide_WhenPostedAfterTheStatementPeriod_ListsTheFirmAndShowsItsGrade(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var proposed = await NoticedAsync(app, siming, Today(app).AddDays(-10));
        var page = CreditRoutes.Listing(proposed.Id);

        var response = await DecideThroughTheFormAsync(siming, proposed.Id, "思市监信决〔2026〕31号", Day(Today(app)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await ListingAsync(siming, proposed.Id);
        Assert.Equal(("listed", "思市监信决〔2026〕31号", Today(app)), (stored.Status, stored.DecisionNumber, stored.ListedFrom));
        Assert.Contains("已记录：已列入；企业当前信用等级：D 严重失信。", await siming.PageAsync(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Decide_WhenInsideTheStatementPeriod_ShowsTheRuleAndTheFirstDayAllowed(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var servedOn = Today(app).AddDays(-2);
        var proposed = await NoticedAsync(app, siming, servedOn);

        var response = await DecideThroughTheFormAsync(siming, proposed.Id, "思市监信决〔2026〕32号", Day(Today(app)));
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("credit.list-after-statement-period", body, StringComparison.Ordinal);
        Assert.Contains($"最早可于 {Day(servedOn.AddDays(6))} 作出", body, StringComparison.Ordinal);
        Assert.Contains("id=\"decision-form\"", body, StringComparison.Ordinal);
        Assert.Contains("value=\"思市监信决〔2026〕32号\"", body, StringComparison.Ordinal);
        Assert.Equal("noticed", (await ListingAsync(siming, proposed.Id)).Status);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Decide_WhenTheDateIsNotADate_ShowsTheMessageBesideTheDate(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var proposed = await NoticedAsync(app, siming, Today(app).AddDays(-10));

        var response = await DecideThroughTheFormAsync(siming, proposed.Id, "思市监信决〔2026〕33号", "昨天");
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("field-validation-error\" data-valmsg-for=\"Decision.DecidedOn\"", body, StringComparison.Ordinal);
        Assert.Contains("决定日期的格式不正确", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RemoveEarly_WhenAYearHasPassedAndEveryConditionIsMet_EndsTheListingAndKeepsItsHistory(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var today = Today(app);
        var proposed = await ProposedAsync(app, siming, penaltyDaysAgo: 420);
        await ReadAsync<ListingView>(await NoticeAsync(siming, proposed.Id, today.AddDays(-400)), HttpStatusCode.OK);
        await ReadAsync<ListingChangeResponse>(await DecideAsync(siming, proposed.Id, today.AddDays(-390)), HttpStatusCode.OK);
        var page = CreditRoutes.Listing(proposed.Id);

        var response = await RemoveThroughTheFormAsync(siming, proposed.Id, "罚没款已缴清，危害后果已消除");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await ListingAsync(siming, proposed.Id);
        Assert.Equal(("removedEarly", today, "罚没款已缴清，危害后果已消除"), (stored.Status, stored.EndedOn, stored.EndReason));
        var shown = await siming.PageAsync(page);
        Assert.Contains("已记录：提前移出；企业当前信用等级：", shown, StringComparison.Ordinal);
        Assert.Equal(4, Steps(shown));
        Assert.Contains("<dd class=\"prose\" id=\"end-reason\">罚没款已缴清，危害后果已消除</dd>", shown, StringComparison.Ordinal);
        Assert.Contains(stored.DecisionNumber!, shown, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"next-step\"", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RemoveEarly_WhenListedLessThanAYear_ShowsTheRuleAndKeepsTheListing(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var (_, _, decided) = await BlackListedAsync(app, siming);

        var response = await RemoveThroughTheFormAsync(siming, decided.Listing.Id, "已整改");
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("credit.list-early-removal-after-a-year", body, StringComparison.Ordinal);
        Assert.Contains(Day(decided.Listing.EarlyRemovalFrom!.Value), body, StringComparison.Ordinal);
        Assert.Equal("listed", (await ListingAsync(siming, decided.Listing.Id)).Status);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Revoke_WhenPostedWithAReason_EndsTheProposalAndShowsTheReason(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var red = await RedProposalAsync(app, siming);
        var page = CreditRoutes.Listing(red.Id);

        var response = await siming.SubmitAsync(page, [new("Revocation.Reason", "所依据的奖项已被撤销")], page + "?handler=Revocation");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await ListingAsync(siming, red.Id);
        Assert.Equal(("revoked", "所依据的奖项已被撤销"), (stored.Status, stored.EndReason));
        var shown = await siming.PageAsync(page);
        Assert.Equal(["proposed", "revoked"], StepStatuses(shown));
        Assert.Contains("所依据的奖项已被撤销", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Revoke_WhenTheReasonIsMissing_ShowsTheMessageBesideTheReasonWithTheFormOpen(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var red = await RedProposalAsync(app, siming);
        var page = CreditRoutes.Listing(red.Id);

        var response = await siming.SubmitAsync(page, [new("Revocation.Reason", "")], page + "?handler=Revocation");
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Revocation.Reason\"[^>]*>理由不能为空", body);
        Assert.Contains("<details class=\"revoke\" id=\"revocation\" open=\"open\">", body, StringComparison.Ordinal);
        Assert.Equal("proposed", (await ListingAsync(siming, red.Id)).Status);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Revoke_WhenTheListingHasEnded_ShowsTheRule(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var red = await RedProposalAsync(app, siming);
        var page = CreditRoutes.Listing(red.Id);
        var form = await siming.PageAsync(page);
        var revoked = await siming.PostAsJsonAsync(CreditRoutes.ApiListingRevocation(red.Id), new { reason = "先经接口撤销" }, Cancel);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        // The form was read before the revocation, as a second official's open page would be.
        using var content = new FormUrlEncodedContent([new("Revocation.Reason", "再次撤销"), new("__RequestVerificationToken", PageForms.AntiforgeryToken(form))]);
        var response = await siming.PostAsync(page + "?handler=Revocation", content, Cancel);
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("credit.list-ended-once", body, StringComparison.Ordinal);
        Assert.Equal("先经接口撤销", (await ListingAsync(siming, red.Id)).EndReason);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task FilePage_ShowsTheFirmsListingsLinkedToTheirPagesAndTheProposeLink(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var (firm, _, decided) = await BlackListedAsync(app, siming);

        var page = await siming.PageAsync(CreditRoutes.Enterprise(firm));
        var account = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm);
        var own = await account.PageAsync(CreditRoutes.Enterprise(firm));

        Assert.Contains($"<tr data-listing=\"{decided.Listing.Id}\">", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{CreditRoutes.Listing(decided.Listing.Id)}\">", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{CreditRoutes.ProposeListing(firm)}\" id=\"propose-link\"", page, StringComparison.Ordinal);
        // The firm reads its listing on its file, without the regulators' links.
        Assert.Contains($"<tr data-listing=\"{decided.Listing.Id}\">", own, StringComparison.Ordinal);
        Assert.DoesNotContain(CreditRoutes.Listing(decided.Listing.Id), own, StringComparison.Ordinal);
        Assert.DoesNotContain("propose-link", own, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Propose_WhenPostedWithASeriousPenalty_ProposesTheFirmAndOpensTheListing(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var (firm, penalty) = await PenalisedFirmAsync(app, siming);
        var page = CreditRoutes.ProposeListing(firm);
        var form = await siming.PageAsync(page);

        var response = await siming.SubmitAsync(page,
            [new("Input.Kind", "black"), new("Input.Grounds", "无证生产，受到较重行政处罚"), new("Input.GroundRecordIds", penalty.ToString())]);

        Assert.Contains($"name=\"Input.GroundRecordIds\" value=\"{penalty}\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith(CreditRoutes.Lists + "/", location, StringComparison.Ordinal);
        var stored = await ListingAsync(siming, Guid.Parse(location[(CreditRoutes.Lists.Length + 1)..]));
        Assert.Equal(("proposed", "black", firm), (stored.Status, stored.Kind, stored.CreditCode));
        Assert.Equal([penalty], stored.GroundRecordIds);
        Assert.Contains("已提出拟列入严重违法失信名单（黑名单）", await siming.PageAsync(location), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Propose_WhenBlackWithoutASeriousPenalty_ShowsTheMessageBesideTheRecords(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var firm = await CreditPageData.FirmAsync(siming);
        var commitment = await CreditPageData.RecordAsync(siming, firm.Code, CreditPageData.Commitment);
        var page = CreditRoutes.ProposeListing(firm.Code);

        var response = await siming.SubmitAsync(page,
            [new("Input.Kind", "black"), new("Input.Grounds", "拟列入"), new("Input.GroundRecordIds", commitment.Record.Id.ToString())]);
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("field-validation-error\" data-valmsg-for=\"Input.GroundRecordIds\"", body, StringComparison.Ordinal);
        Assert.Contains("第二条", body, StringComparison.Ordinal);
        Assert.Contains("<option value=\"black\" selected=\"selected\">", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Propose_WhenTheFirmHasAListingUnderWay_ShowsTheRule(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var red = await RedProposalAsync(app, siming);

        var response = await siming.SubmitAsync(CreditRoutes.ProposeListing(red.Code), [new("Input.Kind", "red"), new("Input.Grounds", "再次提名")]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("credit.list-one-listing-at-a-time", await response.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ListPages_WhenEnterpriseAccount_AreDenied(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var (firm, _, decided) = await BlackListedAsync(app, siming);
        var account = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm);

        foreach (var url in new[] { CreditRoutes.Lists, CreditRoutes.Listing(decided.Listing.Id), CreditRoutes.ProposeListing(firm) })
        {
            var response = await account.GetAsync(url, Cancel);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(PlatformRoutes.AccessDenied, response.Headers.Location?.AbsolutePath);
        }
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ListPages_WhenAnotherCountysRegulator_NeitherListNorShowTheListing(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var (firm, _, decided) = await BlackListedAsync(app, siming);
        var huli = await app.SignInAsync(Roles.Regulator, CreditPageData.Huli);
        var page = CreditRoutes.Listing(decided.Listing.Id);
        var ownForm = await siming.PageAsync(page);

        var list = await huli.PageAsync(CreditRoutes.Lists + "?q=" + firm);
        var detail = await huli.GetAsync(page, Cancel);
        var propose = await huli.GetAsync(CreditRoutes.ProposeListing(firm), Cancel);
        using var content = new FormUrlEncodedContent([new("Revocation.Reason", "越界撤销"), new("__RequestVerificationToken", PageForms.AntiforgeryToken(await huli.PageAsync(CreditRoutes.Lists)))]);
        var revoke = await huli.PostAsync(page + "?handler=Revocation", content, Cancel);

        Assert.Contains("id=\"no-listings\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain(decided.Listing.Id.ToString(), list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, propose.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Contains("id=\"revocation-form\"", ownForm, StringComparison.Ordinal);
        Assert.Equal("listed", (await ListingAsync(siming, decided.Listing.Id)).Status);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task CreditPage_WhenRegulator_LinksToTheLists(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);

        var page = await siming.PageAsync(CreditRoutes.Pages);

        Assert.Contains($"<a href=\"{CreditRoutes.Lists}\" id=\"lists-link\">红黑名单</a>", page, StringComparison.Ordinal);
    }

    /// <summary>A black listing proposed through the API on a firm with a serious penalty.</summary>
    private static async Task<ListingView> ProposedAsync(ZhixinApp app, HttpClient regulator, int penaltyDaysAgo = 30)
    {
        var (firm, penalty) = await PenalisedFirmAsync(app, regulator, penaltyDaysAgo);
        return await ReadAsync<ListingView>(await ProposeAsync(regulator, firm, "black", penalty), HttpStatusCode.Created);
    }

    /// <summary>A black listing proposed and its notice served on <paramref name="servedOn"/>, through the API.</summary>
    private static async Task<ListingView> NoticedAsync(ZhixinApp app, HttpClient regulator, DateOnly servedOn)
    {
        var proposed = await ProposedAsync(app, regulator);
        return await ReadAsync<ListingView>(await NoticeAsync(regulator, proposed.Id, servedOn), HttpStatusCode.OK);
    }

    private static Task<HttpResponseMessage> DecideThroughTheFormAsync(HttpClient regulator, Guid id, string number, string decidedOn)
    {
        var page = CreditRoutes.Listing(id);
        return regulator.SubmitAsync(page,
            [new("Decision.DecisionNumber", number), new("Decision.DecidedOn", decidedOn), new("Decision.Authority", "厦门市思明区市场监督管理局")],
            page + "?handler=Decision");
    }

    /// <summary>An early removal with every condition of Order 44 ticked.</summary>
    private static Task<HttpResponseMessage> RemoveThroughTheFormAsync(HttpClient regulator, Guid id, string reason)
    {
        var page = CreditRoutes.Listing(id);
        return regulator.SubmitAsync(page,
        [
            new("Removal.RestrictionsEnded", "true"), new("Removal.PenaltyFulfilled", "true"), new("Removal.HarmRemedied", "true"), new("Removal.Reason", reason),
        ], page + "?handler=Removal");
    }

    /// <summary>A firm with a provincial quality award on file, proposed for the red list through the API.</summary>
    private static async Task<(string Code, string Name, Guid Id)> RedProposalAsync(ZhixinApp app, HttpClient regulator)
    {
        var firm = await CreditPageData.FirmAsync(regulator);
        var award = await CreditPageData.RecordAsync(regulator, firm.Code, "qualityAward", occurredOn: Day(Today(app).AddDays(-30)), title: "福建省人民政府质量奖");
        var proposed = await ReadAsync<ListingView>(await ProposeAsync(regulator, firm.Code, "red", award.Record.Id), HttpStatusCode.Created);
        return (firm.Code, firm.Name, proposed.Id);
    }

    private static async Task<ListingView> ListingAsync(HttpClient regulator, Guid id) =>
        (await regulator.GetFromJsonAsync<ListingView>(CreditRoutes.ApiListing(id), Cancel))!;

    /// <summary><paramref name="count"/> red proposals in <paramref name="region"/>, written straight to the database: enough to page through.</summary>
    private static Task<int> ProposalsAsync(ZhixinApp app, string region, int count) => app.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<CreditDbContext>();
        for (var i = 0; i < count; i++)
        {
            db.Listings.Add(new CreditListing
            {
                Id = Guid.CreateVersion7(), EnterpriseCreditCode = TestCodes.CreditCode(region), EnterpriseName = "翻页测试企业" + i, RegionCode = region,
                Kind = CreditListKind.Red, Status = ListingStatus.Proposed, RulesVersion = 1, Grounds = "翻页测试", LegalBasis = "翻页测试",
                ProposedAt = app.Clock.GetUtcNow().AddMinutes(-i), ProposedBy = "test",
            });
        }

        return await db.SaveChangesAsync();
    });

    /// <summary>A 思明区 black listing decided on 2022-11-01 for 36 months, so expired since 2025-11-01, written as the use cases would have left it.</summary>
    private static Task<Guid> ExpiredListingAsync(ZhixinApp app) => app.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<CreditDbContext>();
        var at = new DateTimeOffset(2022, 11, 1, 2, 0, 0, TimeSpan.Zero);
        var listing = new CreditListing
        {
            Id = Guid.CreateVersion7(), EnterpriseCreditCode = TestCodes.CreditCode(Siming), EnterpriseName = "期满测试企业有限公司", RegionCode = Siming,
            Kind = CreditListKind.Black, Status = ListingStatus.Listed, RulesVersion = 1, Grounds = "期满测试", LegalBasis = "第44号",
            ProposedAt = at.AddDays(-20), ProposedBy = "siming", NoticeNumber = "闽市监信告〔2022〕7号", NoticeServedOn = new DateOnly(2022, 10, 20),
            NoticeReasons = "期满测试", NoticeRights = "陈述、申辩", DecisionAllowedFrom = new DateOnly(2022, 10, 26), NoticedAt = at.AddDays(-12), NoticedBy = "siming",
            DecisionNumber = "闽市监信决〔2022〕7号", DecidedOn = new DateOnly(2022, 11, 1), Authority = "厦门市思明区市场监督管理局",
            ListedFrom = new DateOnly(2022, 11, 1), ListedUntil = new DateOnly(2025, 10, 31), EarlyRemovalFrom = new DateOnly(2023, 11, 1),
            GradeAtBest = CreditGrade.D, ListedAt = at, ListedBy = "siming",
        };
        db.Listings.Add(listing);
        await db.SaveChangesAsync();
        return listing.Id;
    });

    private static int Rows(string page) => page.Split("<tr data-id=", StringSplitOptions.None).Length - 1;

    private static int Steps(string page) => StepStatuses(page).Count;

    private static List<string> StepStatuses(string page) =>
        [.. page.Split("<tr data-step=\"").Skip(1).Select(part => part[..part.IndexOf('"', StringComparison.Ordinal)])];
}
