using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit;
using Zhixin.Credit.Features.ListListings;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Credit.Api;
using Zhixin.Tests.Infrastructure;
using static Zhixin.Tests.Credit.Lists.TestListings;

namespace Zhixin.Tests.Credit.Lists;

/// <summary>The red and black lists: proposal, pre-listing notice, decision, the grade cap, the firm's file, each refusal with its rule.</summary>
public sealed class ListingWorkflowApiTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task DecideListing_AfterNoticeAndStatementPeriod_ListsForThreeYears_HoldsTheGradeAtD_AndKeepsEveryStep(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203", userName: "siming-lists-" + TestCodes.Token());
        var today = Today(app);

        var (firm, penalty, decided) = await BlackListedAsync(app, siming);

        var listing = decided.Listing;
        Assert.Equal(("listed", true, "black"), (listing.Status, listing.InForce, listing.Kind));
        Assert.Equal([penalty], listing.GroundRecordIds);
        Assert.Contains("第44号", listing.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(today, listing.ListedFrom);
        Assert.Equal(today.AddMonths(36).AddDays(-1), listing.ListedUntil);
        Assert.Equal(today.AddMonths(12), listing.EarlyRemovalFrom);
        Assert.Equal(today.AddDays(-10 + 6), listing.DecisionAllowedFrom);
        Assert.Equal(["proposed", "noticed", "listed"], listing.History.Select(s => s.Status));
        Assert.All(listing.History, s => Assert.StartsWith("siming-lists-", s.By, StringComparison.Ordinal));
        Assert.Equal("D", decided.Assessment.Grade);
        Assert.Equal("listing", decided.Assessment.Trigger);
        var cap = Assert.Single(decided.Assessment.Listings);
        Assert.Equal((listing.Id, "D", "list:black"), (cap.ListingId, cap.GradeAtBest, cap.Cap));

        var file = await TestCredit.FileAsync(siming, firm);
        Assert.Equal(listing.Id, Assert.Single(file.Listings).Id);
        var page = await siming.GetFromJsonAsync<ListListingsResponse>(CreditRoutes.ApiLists + "?kind=black&status=listed&region=3502&q=" + firm, Cancel);
        Assert.Equal(listing.Id, Assert.Single(page!.Items).Id);
        var none = await siming.GetFromJsonAsync<ListListingsResponse>(CreditRoutes.ApiLists + "?kind=red&q=" + firm, Cancel);
        Assert.Equal(0, none!.Total);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task DecideListing_WhenNoNoticeServed_Returns409NamingTheRule(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (firm, penalty) = await PenalisedFirmAsync(app, siming);
        var proposed = await ReadAsync<ListingView>(await ProposeAsync(siming, firm, "black", penalty), HttpStatusCode.Created);

        var response = await DecideAsync(siming, proposed.Id, Today(app));

        var body = await AssertConflictAsync(response, "credit.list-notice-before-decision");
        Assert.Contains("告知", body, StringComparison.Ordinal);
        var kept = await siming.GetFromJsonAsync<ListingView>(CreditRoutes.ApiListing(proposed.Id), Cancel);
        Assert.Equal("proposed", kept!.Status);
        Assert.Empty((await TestCredit.FileAsync(siming, firm)).Current!.Listings);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task DecideListing_WhenInsideTheStatementPeriod_Returns409WithTheFirstDayAllowed(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (firm, penalty) = await PenalisedFirmAsync(app, siming);
        var proposed = await ReadAsync<ListingView>(await ProposeAsync(siming, firm, "black", penalty), HttpStatusCode.Created);
        var servedOn = Today(app).AddDays(-2);
        await ReadAsync<ListingView>(await NoticeAsync(siming, proposed.Id, servedOn), HttpStatusCode.OK);

        var response = await DecideAsync(siming, proposed.Id, Today(app));

        var body = await AssertConflictAsync(response, "credit.list-after-statement-period");
        Assert.Contains(Day(servedOn.AddDays(6)), body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ServeNotice_WhenServedBefore_Returns409NamingTheRule(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (firm, penalty) = await PenalisedFirmAsync(app, siming);
        var proposed = await ReadAsync<ListingView>(await ProposeAsync(siming, firm, "black", penalty), HttpStatusCode.Created);
        await ReadAsync<ListingView>(await NoticeAsync(siming, proposed.Id, Today(app)), HttpStatusCode.OK);

        var response = await NoticeAsync(siming, proposed.Id, Today(app));

        await AssertConflictAsync(response, "credit.list-notice-once");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ProposeListing_WhenBlackWithoutASeriousPenalty_Returns400OnGroundRecords(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var general = await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "general", Day(Today(app).AddDays(-5)));

        var response = await ProposeAsync(siming, firm, "black", general.Record.Id);

        await TestCredit.AssertFieldErrorAsync(response, "groundRecordIds");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ProposeListing_WhenOneIsUnderWay_Returns409NamingTheRule(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (firm, penalty, _) = await BlackListedAsync(app, siming);

        var response = await ProposeAsync(siming, firm, "black", penalty);

        await AssertConflictAsync(response, "credit.list-one-listing-at-a-time");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RemoveEarly_WhenListedLessThanAYear_Returns409WithTheFirstDayAllowed(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (_, _, decided) = await BlackListedAsync(app, siming);

        var response = await siming.PostAsJsonAsync(CreditRoutes.ApiListingEarlyRemoval(decided.Listing.Id),
            new { reason = "已履行处罚义务并完成整改", restrictionsEnded = true, penaltyFulfilled = true, harmRemedied = true }, Cancel);

        var body = await AssertConflictAsync(response, "credit.list-early-removal-after-a-year");
        Assert.Contains(Day(decided.Listing.EarlyRemovalFrom!.Value), body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RemoveEarly_WhenTheListIsRed_Returns409NamingTheRule(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var award = await TestCredit.RecordAsync(siming, firm, "qualityAward", occurredOn: Day(Today(app).AddDays(-40)));
        var proposed = await ReadAsync<ListingView>(await ProposeAsync(siming, firm, "red", award.Record.Id), HttpStatusCode.Created);
        await ReadAsync<ListingView>(await NoticeAsync(siming, proposed.Id, Today(app).AddDays(-10)), HttpStatusCode.OK);
        var decided = await ReadAsync<ListingChangeResponse>(await DecideAsync(siming, proposed.Id, Today(app)), HttpStatusCode.OK);
        Assert.Equal(Today(app).AddMonths(24).AddDays(-1), decided.Listing.ListedUntil);
        Assert.Empty(decided.Assessment.Listings);
        Assert.Equal("A", decided.Assessment.Grade);

        var response = await siming.PostAsJsonAsync(CreditRoutes.ApiListingEarlyRemoval(proposed.Id),
            new { reason = "企业申请", restrictionsEnded = true, penaltyFulfilled = true, harmRemedied = true }, Cancel);

        await AssertConflictAsync(response, "credit.list-no-early-removal");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RevokeListing_WhenInForce_EndsItKeepsTheHistory_AndLiftsTheCap(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (firm, _, decided) = await BlackListedAsync(app, siming);

        var response = await siming.PostAsJsonAsync(CreditRoutes.ApiListingRevocation(decided.Listing.Id), new { reason = "处罚决定经复议撤销" }, Cancel);

        var revoked = await ReadAsync<ListingChangeResponse>(response, HttpStatusCode.OK);
        Assert.Equal(("revoked", false), (revoked.Listing.Status, revoked.Listing.InForce));
        Assert.Equal(["proposed", "noticed", "listed", "revoked"], revoked.Listing.History.Select(s => s.Status));
        Assert.Equal("处罚决定经复议撤销", revoked.Listing.History[^1].Note);
        Assert.Empty(revoked.Assessment.Listings);
        Assert.Equal("revoked", Assert.Single((await TestCredit.FileAsync(siming, firm)).Listings).Status);
        await AssertConflictAsync(
            await siming.PostAsJsonAsync(CreditRoutes.ApiListingRevocation(decided.Listing.Id), new { reason = "再次撤销" }, Cancel),
            "credit.list-ended-once");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Listing_WhenOfAnotherCounty_Returns404AndIsNotListed(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var huli = await app.SignInAsync(Roles.Regulator, "350206");
        var (firm, _, decided) = await BlackListedAsync(app, siming);
        var id = decided.Listing.Id;

        Assert.Equal(HttpStatusCode.NotFound, (await huli.GetAsync(CreditRoutes.ApiListing(id), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await huli.PostAsJsonAsync(CreditRoutes.ApiListingRevocation(id), new { reason = "越界" }, Cancel)).StatusCode);
        var page = await huli.GetFromJsonAsync<ListListingsResponse>(CreditRoutes.ApiLists + "?q=" + firm, Cancel);
        Assert.Equal(0, page!.Total);
        Assert.Equal("listed", (await siming.GetFromJsonAsync<ListingView>(CreditRoutes.ApiListing(id), Cancel))!.Status);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task EnterpriseAccount_ReadsItsOwnListings_ButNotProposalsOrOtherFirms(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (firm, _, decided) = await BlackListedAsync(app, siming);
        var (other, otherPenalty) = await PenalisedFirmAsync(app, siming);
        var proposal = await ReadAsync<ListingView>(await ProposeAsync(siming, firm, "red"), HttpStatusCode.Created);
        var otherListing = await ReadAsync<ListingView>(await ProposeAsync(siming, other, "black", otherPenalty), HttpStatusCode.Created);
        await ReadAsync<ListingView>(await NoticeAsync(siming, otherListing.Id, Today(app)), HttpStatusCode.OK);
        var own = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm);

        var page = await own.GetFromJsonAsync<ListListingsResponse>(CreditRoutes.ApiLists, Cancel);

        Assert.Equal(decided.Listing.Id, Assert.Single(page!.Items).Id);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(CreditRoutes.ApiListing(decided.Listing.Id), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await own.GetAsync(CreditRoutes.ApiListing(proposal.Id), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await own.GetAsync(CreditRoutes.ApiListing(otherListing.Id), Cancel)).StatusCode);
        Assert.Equal(decided.Listing.Id, Assert.Single((await TestCredit.FileAsync(own, firm)).Listings).Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await own.PostAsJsonAsync(CreditRoutes.ApiListingRevocation(decided.Listing.Id), new { reason = "自行撤销" }, Cancel)).StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ListListings_WhenFilterUnknown_Returns400NamingEachField(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");

        var response = await siming.GetAsync(CreditRoutes.ApiLists + "?kind=grey&status=pending&pageSize=500", Cancel);

        var body = await TestCredit.AssertFieldErrorAsync(response, "kind");
        Assert.Contains("\"status\"", body, StringComparison.Ordinal);
        Assert.Contains("\"pageSize\"", body, StringComparison.Ordinal);
    }

    internal static Task<RescoreResult> RescoreAsync(ZhixinApp app, string firm) =>
        app.WithServicesAsync(s => s.GetRequiredService<EnterpriseRescorer>().RescoreAsync(firm, "nightly", Cancel));
}
