using System.Net;
using System.Net.Http.Json;
using Zhixin.Credit;
using Zhixin.Credit.Features.RecordCreditEntry;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Credit.Api;

/// <summary>Voiding a wrong record: kept with its reason, left out of the score, once only, within the caller's region.</summary>
public sealed class VoidCreditRecordApiTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task VoidRecord_WhenInTheCallersRegion_KeepsItWithTheReasonAndScoresWithoutIt(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var penalty = await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "serious");
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        var response = await siming.PostAsJsonAsync(CreditRoutes.ApiVoidRecord(penalty.Record.Id), new { reason = "处罚决定已被行政复议撤销" }, Cancel);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        var voided = (await response.Content.ReadFromJsonAsync<RecordCreditEntryResponse>(Cancel))!;
        Assert.NotNull(voided.Record.VoidedAt);
        Assert.Equal(100, voided.Assessment.Score);
        Assert.Equal("A", voided.Assessment.Grade);
        Assert.Equal("void", voided.Assessment.Trigger);
        Assert.Empty(voided.Assessment.Lines);
        var file = await TestCredit.FileAsync(siming, firm);
        var kept = Assert.Single(file.Records);
        Assert.Equal("处罚决定已被行政复议撤销", kept.VoidReason);
        Assert.Equal("A", file.Current!.Grade);
        Assert.Equal(["A", "D"], file.History.Select(h => h.Grade));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task VoidRecord_WhenVoidedBefore_Returns409NamingTheRule(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var recall = await TestCredit.RecordAsync(siming, firm, "recall");
        (await siming.PostAsJsonAsync(CreditRoutes.ApiVoidRecord(recall.Record.Id), new { reason = "录入错误" }, Cancel)).EnsureSuccessStatusCode();

        var response = await siming.PostAsJsonAsync(CreditRoutes.ApiVoidRecord(recall.Record.Id), new { reason = "再次作废" }, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("credit.record-voided-once", body, StringComparison.Ordinal);
        Assert.Contains("2026-11-22", body, StringComparison.Ordinal);
        Assert.Equal("录入错误", Assert.Single((await TestCredit.FileAsync(siming, firm)).Records).VoidReason);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task VoidRecord_WhenNoSuchRecord_Returns404(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");

        var response = await siming.PostAsJsonAsync(CreditRoutes.ApiVoidRecord(Guid.CreateVersion7()), new { reason = "录入错误" }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task VoidRecord_WhenRecordOfAnotherCounty_Returns404AndLeavesItCounting(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var recall = await TestCredit.RecordAsync(siming, firm, "recall");
        var huli = await app.SignInAsync(Roles.Regulator, "350206");

        var response = await huli.PostAsJsonAsync(CreditRoutes.ApiVoidRecord(recall.Record.Id), new { reason = "越界作废" }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var file = await TestCredit.FileAsync(siming, firm);
        Assert.Null(Assert.Single(file.Records).VoidedAt);
        Assert.Equal(90, file.Current!.Score);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task VoidRecord_WhenReasonMissing_Returns400NamingTheReason(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var recall = await TestCredit.RecordAsync(siming, firm, "recall");

        var response = await siming.PostAsJsonAsync(CreditRoutes.ApiVoidRecord(recall.Record.Id), new { reason = "" }, Cancel);

        await TestCredit.AssertFieldErrorAsync(response, "reason");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task VoidRecord_WhenEnterpriseAccountOfTheFirm_Returns403(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var recall = await TestCredit.RecordAsync(siming, firm, "recall");
        var enterprise = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm);

        var response = await enterprise.PostAsJsonAsync(CreditRoutes.ApiVoidRecord(recall.Record.Id), new { reason = "不认可" }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
