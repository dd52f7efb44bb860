using System.Net;
using System.Net.Http.Json;
using Zhixin.Credit;
using Zhixin.Credit.Features.ListListings;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Credit.Api;
using Zhixin.Tests.Infrastructure;
using static Zhixin.Tests.Credit.Lists.TestListings;

namespace Zhixin.Tests.Credit.Lists;

/// <summary>A listing's period as the clock moves on: the grade held at D while listed, expiry by date, early removal after a year and its conditions.</summary>
public sealed class ListingPeriodApiTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task BlackListing_HoldsTheGradeAtD_UntilItsLastDay_ThenExpiresByDate(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        // The penalty behind the listing stops counting in 20 days (36 months); the listing goes on for 3 years.
        var today = Today(app);
        var penaltyOn = today.AddMonths(-36).AddDays(20);
        var (firm, _, decided) = await BlackListedAsync(app, siming, today.DayNumber - penaltyOn.DayNumber);
        var listing = decided.Listing;

        app.Clock.Advance(TimeSpan.FromDays(30));
        var capped = await ListingWorkflowApiTests.RescoreAsync(app, firm);

        Assert.Equal(100m, capped.Score.Score);
        Assert.Equal(("D", "list:black"), (capped.Assessment.Grade.ToString(), capped.Assessment.GradeCappedBy));
        Assert.Equal(listing.Id, Assert.Single(capped.Score.Listings).ListingId);

        app.Clock.Advance(TimeSpan.FromDays(listing.ListedUntil!.Value.DayNumber - Today(app).DayNumber + 1));
        var freed = await ListingWorkflowApiTests.RescoreAsync(app, firm);
        var regulator = await app.SignInAsync(Roles.Regulator, "350203");
        var expired = await regulator.GetFromJsonAsync<ListingView>(CreditRoutes.ApiListing(listing.Id), Cancel);

        Assert.Equal(("A", null), (freed.Assessment.Grade.ToString(), freed.Assessment.GradeCappedBy));
        Assert.Equal(("expired", false), (expired!.Status, expired.InForce));
        var step = expired.History[^1];
        Assert.Equal(("expired", listing.ListedUntil.Value.AddDays(1)), (step.Status, step.EffectiveOn));
        var byStatus = await regulator.GetFromJsonAsync<ListListingsResponse>(CreditRoutes.ApiLists + "?status=expired&q=" + firm, Cancel);
        Assert.Equal(listing.Id, Assert.Single(byStatus!.Items).Id);
        Assert.Equal(0, (await regulator.GetFromJsonAsync<ListListingsResponse>(CreditRoutes.ApiLists + "?status=listed&q=" + firm, Cancel))!.Total);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RemoveEarly_AfterAYear_RefusedWhileAConditionIsUnmet_ThenEndsTheListing(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (firm, _, decided) = await BlackListedAsync(app, siming);
        var id = decided.Listing.Id;
        app.Clock.Advance(TimeSpan.FromDays(decided.Listing.EarlyRemovalFrom!.Value.DayNumber - Today(app).DayNumber));
        var regulator = await app.SignInAsync(Roles.Regulator, "350203");

        var unfulfilled = await regulator.PostAsJsonAsync(CreditRoutes.ApiListingEarlyRemoval(id),
            new { reason = "申请提前移出", restrictionsEnded = true, penaltyFulfilled = false, harmRemedied = true }, Cancel);
        var removed = await regulator.PostAsJsonAsync(CreditRoutes.ApiListingEarlyRemoval(id),
            new { reason = "罚款已缴清，整改完成", restrictionsEnded = true, penaltyFulfilled = true, harmRemedied = true }, Cancel);

        await AssertConflictAsync(unfulfilled, "credit.list-penalty-fulfilled");
        var ended = await ReadAsync<ListingChangeResponse>(removed, HttpStatusCode.OK);
        Assert.Equal(("removedEarly", Today(app)), (ended.Listing.Status, ended.Listing.EndedOn));
        Assert.Equal(["proposed", "noticed", "listed", "removedEarly"], ended.Listing.History.Select(s => s.Status));
        Assert.Empty(ended.Assessment.Listings);
        // The full history stays on the file after the removal.
        Assert.Equal("removedEarly", Assert.Single((await TestCredit.FileAsync(regulator, firm)).Listings).Status);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RemoveEarly_WhenAHeavierPenaltyFollowedTheListing_Returns409NamingIt(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (firm, _, decided) = await BlackListedAsync(app, siming);
        app.Clock.Advance(TimeSpan.FromDays(decided.Listing.EarlyRemovalFrom!.Value.DayNumber - Today(app).DayNumber));
        var regulator = await app.SignInAsync(Roles.Regulator, "350203");
        var again = await TestCredit.RecordAsync(regulator, firm, "administrativePenalty", "serious", Day(Today(app).AddDays(-3)));

        var response = await regulator.PostAsJsonAsync(CreditRoutes.ApiListingEarlyRemoval(decided.Listing.Id),
            new { reason = "申请提前移出", restrictionsEnded = true, penaltyFulfilled = true, harmRemedied = true }, Cancel);

        var body = await AssertConflictAsync(response, "credit.list-no-new-heavier-penalty");
        Assert.Contains(again.Record.DocumentNumber!, body, StringComparison.Ordinal);
    }
}
