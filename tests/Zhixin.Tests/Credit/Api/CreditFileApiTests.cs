using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Credit.Api;

/// <summary>Reading a firm's credit file: its history, its outlook, and who may read what of it.</summary>
public sealed class CreditFileApiTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetFile_WhenRecordsAdded_KeepsEveryEarlierAssessmentAsHistory(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var first = await TestCredit.RecordAsync(siming, firm, "certification");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await TestCredit.RecordAsync(siming, firm, "recall");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "general");

        var file = await TestCredit.FileAsync(siming, firm);

        Assert.Equal([third.Assessment.Id, second.Assessment.Id, first.Assessment.Id], file.History.Select(h => h.Id));
        Assert.Equal([true, false, false], file.History.Select(h => h.Current));
        Assert.Equal([72m, 92m, 102m], file.History.Select(h => h.Score));
        Assert.Equal(third.Assessment.Id, file.Current!.Id);
        Assert.Equal(3, file.Records.Count);
        Assert.Equal(firm, file.CreditCode);
        Assert.Equal("350203", file.RegionCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Rescore_WhenNothingChanged_AddsNoAssessment(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var recorded = await TestCredit.RecordAsync(siming, firm, "recall");
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        var result = await app.WithServicesAsync(s => s.GetRequiredService<EnterpriseRescorer>().RescoreAsync(firm, "rescore", Cancel));

        Assert.False(result.Changed);
        Assert.Equal(recorded.Assessment.Id, result.Assessment.Id);
        var file = await TestCredit.FileAsync(siming, firm);
        Assert.Equal(recorded.Assessment.Id, Assert.Single(file.History).Id);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordEntry_WhenSeveralArriveAtOnce_AcceptsEachAndTheCurrentScoreCountsThemAll(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            siming.PostAsJsonAsync(CreditRoutes.ApiRecords, TestCredit.Entry(firm, "certification"), Cancel)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var file = await TestCredit.FileAsync(siming, firm);
        Assert.Equal(8, file.Records.Count);
        Assert.Equal(8, file.Current!.Lines.Count);
        Assert.Equal(106, file.Current.Score);
        Assert.Single(file.History, h => h.Current);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetFile_WhenNegativeRecordsCount_TellsWhenEachBetterGradeIsReached(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "general", "2026-03-10");
        await TestCredit.RecordAsync(siming, firm, "spotCheckFailed", occurredOn: "2026-06-01");

        var file = await TestCredit.FileAsync(siming, firm);

        // 100 − 20 − 15 = 65 (C); the penalty stops counting after 2027-03-09 (85, B), the failed batch after 2028-05-31 (100, A).
        Assert.Equal("C", file.Current!.Grade);
        var outlook = file.Outlook.ToDictionary(o => o.Grade);
        Assert.Equal(new DateOnly(2027, 3, 10), outlook["B"].From);
        Assert.Equal(85, outlook["B"].ScoreThen);
        Assert.Equal(new DateOnly(2028, 6, 1), outlook["A"].From);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetFile_WhenFirmInAnotherCounty_Returns404(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, firm, "recall");
        var huli = await app.SignInAsync(Roles.Regulator, "350206");

        var response = await huli.GetAsync(CreditRoutes.ApiEnterprise(firm), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("缺陷产品召回", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetFile_WhenCityOfficialAbove_ReadsTheCountysFile(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, firm, "recall");
        var xiamen = await app.SignInAsync(Roles.Regulator, "350200");

        var file = await TestCredit.FileAsync(xiamen, firm);

        Assert.Equal("B", file.Current!.Grade);
        Assert.Equal("B", file.Current.RiskClass);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetFile_WhenCodeMalformed_Returns404(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");

        var response = await siming.GetAsync(CreditRoutes.ApiEnterprise("not-a-code"), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetFile_WhenEnterpriseAccountReadsItsOwn_ShowsGradeAndBreakdownButNoRiskClass(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, firm, "spotCheckFailed");
        var enterprise = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm);

        var response = await enterprise.GetAsync(CreditRoutes.ApiEnterprise(firm), Cancel);

        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        var current = json.RootElement.GetProperty("current");
        Assert.Equal("B", current.GetProperty("grade").GetString());
        Assert.Equal("N1", current.GetProperty("lines")[0].GetProperty("rule").GetString());
        Assert.Equal(JsonValueKind.Null, current.GetProperty("riskClass").ValueKind);
        Assert.Equal(JsonValueKind.Null, current.GetProperty("riskClassName").ValueKind);
        Assert.Equal(JsonValueKind.Null, current.GetProperty("riskReasons").ValueKind);
        Assert.All(json.RootElement.GetProperty("history").EnumerateArray(), h => Assert.Equal(JsonValueKind.Null, h.GetProperty("riskClass").ValueKind));
        Assert.DoesNotContain("R-C2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("信用风险", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetFile_WhenEnterpriseAccountAsksForAnotherFirm_Returns404(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var own = await TestCredit.FirmAsync(siming);
        var other = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, other, "recall");
        var enterprise = await app.SignInAsync(Roles.EnterpriseUser, enterprise: own);

        var response = await enterprise.GetAsync(CreditRoutes.ApiEnterprise(other), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.SystemAdministrator)]
    [InlineData(Roles.AuditAdministrator)]
    [InlineData(Roles.DepartmentUser)]
    public async Task GetFile_WhenRoleWithoutCreditAccess_Returns403(string role)
    {
        var app = apps[Engine.Sqlite];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var caller = await app.SignInAsync(role, region: role == Roles.DepartmentUser ? "350203" : null);

        var response = await caller.GetAsync(CreditRoutes.ApiEnterprise(firm), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GetFile_WhenAnonymous_Returns401()
    {
        var response = await apps[Engine.Sqlite].Anonymous().GetAsync(CreditRoutes.ApiEnterprise(TestCodes.CreditCode()), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
