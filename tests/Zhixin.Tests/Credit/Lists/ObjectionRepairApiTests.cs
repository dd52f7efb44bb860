using System.Net;
using System.Net.Http.Json;
using Zhixin.Credit;
using Zhixin.Credit.Features.DecideObjection;
using Zhixin.Credit.Features.DecideRepair;
using Zhixin.Credit.Features.ListObjections;
using Zhixin.Credit.Features.ListRepairs;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Credit.Api;
using Zhixin.Tests.Infrastructure;
using static Zhixin.Tests.Credit.Lists.TestListings;

namespace Zhixin.Tests.Credit.Lists;

/// <summary>Objection (异议) and credit repair (信用修复): deadlines, conditions, decisions through the listing and record use cases, who sees what.</summary>
public sealed class ObjectionRepairApiTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> ObjectAsync(HttpClient client, Guid? listingId = null, Guid? recordId = null, string? grounds = "该处罚决定已被复议机关撤销") =>
        client.PostAsJsonAsync(CreditRoutes.ApiObjections, new { listingId, recordId, grounds }, Cancel);

    private static Task<HttpResponseMessage> RepairAsync(HttpClient client, Guid? listingId = null, Guid? recordId = null, bool fulfilled = true, string? commitment = "本企业承诺依法诚信经营") =>
        client.PostAsJsonAsync(CreditRoutes.ApiRepairs, new { listingId, recordId, penaltyFulfilled = fulfilled, restrictionsEnded = true, harmRemedied = true, commitment }, Cancel);

    private static async Task<(string Firm, Guid Listing)> NoticedAsync(ZhixinApp app, HttpClient regulator, int servedDaysAgo)
    {
        var (firm, penalty) = await PenalisedFirmAsync(app, regulator);
        var proposed = await ReadAsync<ListingView>(await ProposeAsync(regulator, firm, "black", penalty), HttpStatusCode.Created);
        await ReadAsync<ListingView>(await NoticeAsync(regulator, proposed.Id, Today(app).AddDays(-servedDaysAgo)), HttpStatusCode.OK);
        return (firm, proposed.Id);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RaiseObjection_ToNoticeWithinStatementPeriod_HoldsTheDecisionUntilRejected(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (firm, listing) = await NoticedAsync(app, siming, servedDaysAgo: 2);
        var enterprise = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm);

        var objection = await ReadAsync<ObjectionView>(await ObjectAsync(enterprise, listingId: listing), HttpStatusCode.Created);
        Assert.Equal(("open", true, true), (objection.Status, objection.AgainstNotice, objection.RaisedByFirm));
        Assert.True(objection.ReviewDueOn > Today(app).AddDays(20));
        await AssertConflictAsync(await DecideAsync(siming, listing, Today(app)), "credit.list-objection-open");
        await AssertConflictAsync(await ObjectAsync(enterprise, listingId: listing), "credit.objection-one-open");

        var rejected = await ReadAsync<ObjectionDecisionResponse>(await siming.PostAsJsonAsync(CreditRoutes.ApiObjectionDecision(objection.Id),
            new { outcome = "rejected", reasons = "复议决定维持原处罚" }, Cancel), HttpStatusCode.OK);
        Assert.Equal("rejected", rejected.Objection.Status);
        Assert.Equal(["raised", "rejected"], rejected.Objection.History.Select(s => s.Step));
        Assert.Null(rejected.Assessment);
        await AssertConflictAsync(await siming.PostAsJsonAsync(CreditRoutes.ApiObjectionDecision(objection.Id),
            new { outcome = "upheld", reasons = "再次处理" }, Cancel), "credit.objection-decided-once");
        // Rejected, the objection no longer holds the decision; only the statement period still does (served two days ago).
        await AssertConflictAsync(await DecideAsync(siming, listing, Today(app)), "credit.list-after-statement-period");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RaiseObjection_ToNoticeAfterStatementPeriod_Returns409NamingTheDeadline(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (_, listing) = await NoticedAsync(app, siming, servedDaysAgo: 10);

        var body = await AssertConflictAsync(await ObjectAsync(siming, listingId: listing), "credit.objection-within-statement-period");

        Assert.Contains(Day(Today(app).AddDays(-10 + 5)), body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task DecideObjection_WhenUpheldAgainstAListing_RevokesIt_AndTheGradeIsNoLongerHeldAtD(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (firm, _, decided) = await BlackListedAsync(app, siming);
        var objection = await ReadAsync<ObjectionView>(await ObjectAsync(siming, listingId: decided.Listing.Id), HttpStatusCode.Created);
        Assert.False(objection.AgainstNotice);

        var upheld = await ReadAsync<ObjectionDecisionResponse>(await siming.PostAsJsonAsync(CreditRoutes.ApiObjectionDecision(objection.Id),
            new { outcome = "upheld", reasons = "处罚决定已被撤销" }, Cancel), HttpStatusCode.OK);

        Assert.Equal("upheld", upheld.Objection.Status);
        Assert.Empty(upheld.Assessment!.Listings);
        var listing = Assert.Single((await TestCredit.FileAsync(siming, firm)).Listings);
        Assert.Equal("revoked", listing.Status);
        Assert.Contains("异议成立", listing.EndReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task DecideObjection_WhenUpheldAgainstARecord_VoidsIt(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var record = await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "general", Day(Today(app).AddDays(-20)));
        var objection = await ReadAsync<ObjectionView>(await ObjectAsync(siming, recordId: record.Record.Id), HttpStatusCode.Created);

        var upheld = await ReadAsync<ObjectionDecisionResponse>(await siming.PostAsJsonAsync(CreditRoutes.ApiObjectionDecision(objection.Id),
            new { outcome = "upheld", reasons = "记录主体错误" }, Cancel), HttpStatusCode.OK);

        Assert.Equal(100m, upheld.Assessment!.Score);
        Assert.NotNull(Assert.Single((await TestCredit.FileAsync(siming, firm)).Records).VoidedAt);
        await AssertConflictAsync(await ObjectAsync(siming, recordId: record.Record.Id), "credit.objection-record-voided");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RaiseObjection_WithBadInput_Returns400NamingTheField_AndAnotherFirmsRecordIs404ForAFirm(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var other = await TestCredit.FirmAsync(siming);
        var own = await TestCredit.RecordAsync(siming, firm, "complaintUpheld", "general", Day(Today(app).AddDays(-5)));
        var theirs = await TestCredit.RecordAsync(siming, other, "complaintUpheld", "general", Day(Today(app).AddDays(-5)));
        var enterprise = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm);

        await TestCredit.AssertFieldErrorAsync(await ObjectAsync(enterprise, recordId: own.Record.Id, grounds: " "), "grounds");
        await TestCredit.AssertFieldErrorAsync(await ObjectAsync(enterprise, listingId: Guid.NewGuid(), recordId: own.Record.Id), "listingId");
        Assert.Equal(HttpStatusCode.NotFound, (await ObjectAsync(enterprise, recordId: theirs.Record.Id)).StatusCode);
        await ReadAsync<ObjectionView>(await ObjectAsync(enterprise, recordId: own.Record.Id), HttpStatusCode.Created);
        await ReadAsync<ObjectionView>(await ObjectAsync(siming, recordId: theirs.Record.Id), HttpStatusCode.Created);

        var seen = await enterprise.GetFromJsonAsync<ListObjectionsResponse>(CreditRoutes.ApiObjections, Cancel);
        Assert.All(seen!.Items, o => Assert.Equal(firm, o.CreditCode));
        Assert.Equal(1, seen.Total);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.PostAsJsonAsync(CreditRoutes.ApiObjectionDecision(seen.Items[0].Id),
            new { outcome = "upheld", reasons = "自行处理" }, Cancel)).StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ApplyForRepair_WhenConditionsAreNotMet_Returns409NamingTheCondition(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var recent = await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "general", Day(Today(app).AddDays(-30)));
        var light = await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "light", Day(Today(app).AddMonths(-8)));
        var complaint = await TestCredit.RecordAsync(siming, firm, "complaintUpheld", "general", Day(Today(app).AddMonths(-8)));
        var enterprise = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm);

        var early = await AssertConflictAsync(await RepairAsync(enterprise, recordId: recent.Record.Id), "credit.repair-time-elapsed");
        Assert.Contains(Day(Today(app).AddDays(-30).AddMonths(6)), early, StringComparison.Ordinal);
        await AssertConflictAsync(await RepairAsync(enterprise, recordId: light.Record.Id), "credit.repair-not-repairable");
        await AssertConflictAsync(await RepairAsync(enterprise, recordId: complaint.Record.Id), "credit.repair-penalty-only");
        await TestCredit.AssertFieldErrorAsync(await RepairAsync(enterprise, recordId: recent.Record.Id, commitment: null), "commitment");

        var (_, _, decided) = await BlackListedAsync(app, siming);
        var year = await AssertConflictAsync(await RepairAsync(siming, listingId: decided.Listing.Id), "credit.repair-time-elapsed");
        Assert.Contains(Day(Today(app).AddMonths(12)), year, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task DecideRepair_WhenApproved_MarksTheRecordRepaired_NoLongerScored_AndTheBreakdownSaysSo(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var penalty = await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "general", Day(Today(app).AddMonths(-7)));
        Assert.True(penalty.Assessment.Score < 100m);
        var enterprise = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm);
        await AssertConflictAsync(await RepairAsync(enterprise, recordId: penalty.Record.Id, fulfilled: false), "credit.repair-penalty-fulfilled");

        var applied = await ReadAsync<RepairView>(await RepairAsync(enterprise, recordId: penalty.Record.Id), HttpStatusCode.Created);
        Assert.Equal("pending", applied.Status);
        await AssertConflictAsync(await RepairAsync(enterprise, recordId: penalty.Record.Id), "credit.repair-one-pending");
        var approved = await ReadAsync<RepairDecisionResponse>(await siming.PostAsJsonAsync(CreditRoutes.ApiRepairDecision(applied.Id),
            new { outcome = "approved", reasons = "已履行处罚并完成整改" }, Cancel), HttpStatusCode.OK);

        Assert.Equal("approved", approved.Repair.Status);
        Assert.Equal(100m, approved.Assessment!.Score);
        var repaired = Assert.Single(approved.Assessment.Repaired);
        Assert.Equal((penalty.Record.Id, Today(app)), (repaired.RecordId, repaired.RepairedOn));
        Assert.Contains("不再计分", repaired.Text, StringComparison.Ordinal);
        var record = Assert.Single((await TestCredit.FileAsync(enterprise, firm)).Records);
        Assert.Equal((Today(app), (DateTimeOffset?)null), (record.RepairedOn, record.VoidedAt));
        await AssertConflictAsync(await RepairAsync(enterprise, recordId: penalty.Record.Id), "credit.repair-once");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task DecideRepair_WhenASeriousPenaltyCameSinceTheApplication_Returns409AndStaysPending(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var penalty = await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "general", Day(Today(app).AddMonths(-7)));
        var applied = await ReadAsync<RepairView>(await RepairAsync(siming, recordId: penalty.Record.Id), HttpStatusCode.Created);
        await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "serious", Day(Today(app)));

        await AssertConflictAsync(await siming.PostAsJsonAsync(CreditRoutes.ApiRepairDecision(applied.Id),
            new { outcome = "approved", reasons = "已整改" }, Cancel), "credit.repair-no-new-serious-penalty");

        var still = await siming.GetFromJsonAsync<RepairView>(CreditRoutes.ApiRepair(applied.Id), Cancel);
        Assert.Equal("pending", still!.Status);
        Assert.Null(Assert.Single((await TestCredit.FileAsync(siming, firm)).Records, r => r.Id == penalty.Record.Id).RepairedOn);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ListObjectionsAndRepairs_WhenFilteredByStatusTargetAndListing_ShowOnlyThoseCasesWithTheCountsAndAPendingRepairsConditions(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        // The listed firm's serious penalty would stop a repair of its own record, so the record is another firm's.
        var (firm, _, decided) = await BlackListedAsync(app, siming);
        var other = await TestCredit.FirmAsync(siming);
        var penalty = await TestCredit.RecordAsync(siming, other, "administrativePenalty", "general", Day(Today(app).AddMonths(-7)));
        var onListing = await ReadAsync<ObjectionView>(await ObjectAsync(siming, listingId: decided.Listing.Id), HttpStatusCode.Created);
        var onRecord = await ReadAsync<ObjectionView>(await ObjectAsync(siming, recordId: penalty.Record.Id), HttpStatusCode.Created);
        await ReadAsync<ObjectionDecisionResponse>(await siming.PostAsJsonAsync(CreditRoutes.ApiObjectionDecision(onRecord.Id),
            new { outcome = "rejected", reasons = "记录无误" }, Cancel), HttpStatusCode.OK);
        var repair = await ReadAsync<RepairView>(await RepairAsync(siming, recordId: penalty.Record.Id), HttpStatusCode.Created);

        var open = await siming.GetFromJsonAsync<ListObjectionsResponse>(CreditRoutes.ApiObjections + "?status=open&q=" + firm, Cancel);
        var noneOpen = await siming.GetFromJsonAsync<ListObjectionsResponse>(CreditRoutes.ApiObjections + "?status=open&q=" + other, Cancel);
        var records = await siming.GetFromJsonAsync<ListObjectionsResponse>(CreditRoutes.ApiObjections + "?target=record&region=3502&q=" + other.ToLowerInvariant(), Cancel);
        var noRecords = await siming.GetFromJsonAsync<ListObjectionsResponse>(CreditRoutes.ApiObjections + "?target=record&q=" + firm, Cancel);
        var listing = await siming.GetFromJsonAsync<ListObjectionsResponse>(CreditRoutes.ApiObjections + "?listingId=" + decided.Listing.Id, Cancel);
        var pending = await siming.GetFromJsonAsync<ListRepairsResponse>(CreditRoutes.ApiRepairs + "?status=pending&target=record&q=" + other, Cancel);
        var approved = await siming.GetFromJsonAsync<ListRepairsResponse>(CreditRoutes.ApiRepairs + "?status=approved&q=" + other, Cancel);

        Assert.Equal([onListing.Id], open!.Items.Select(o => o.Id));
        Assert.Equal(0, noneOpen!.Total);
        Assert.Equal([onRecord.Id], records!.Items.Select(o => o.Id));
        Assert.Equal(0, noRecords!.Total);
        Assert.Equal([onListing.Id], listing!.Items.Select(o => o.Id));
        Assert.Equal([repair.Id], pending!.Items.Select(r => r.Id));
        Assert.Equal(0, approved!.Total);
        var decidedOnes = await siming.GetFromJsonAsync<ListObjectionsResponse>(CreditRoutes.ApiObjections + "?status=decided&q=" + other, Cancel);
        Assert.Equal([onRecord.Id], decidedOnes!.Items.Select(o => o.Id));
        Assert.Equal((1, 0), (decidedOnes.ByStatus["rejected"], decidedOnes.Overdue));
        Assert.False(decidedOnes.ByStatus.ContainsKey("open"));
        var checks = (await siming.GetFromJsonAsync<RepairView>(CreditRoutes.ApiRepair(repair.Id), Cancel))!.Checks;
        Assert.Contains(checks!, c => c.Rule == "credit.repair-time-elapsed" && c.Met == true);
        Assert.All(checks!, c => Assert.True(c.Met, c.Rule));
        Assert.Null(pending.Items[0].Checks);
        await TestCredit.AssertFieldErrorAsync(await siming.GetAsync(CreditRoutes.ApiObjections + "?status=pending", Cancel), "status");
    }
}
