using System.Net;
using System.Net.Http.Json;
using Zhixin.Credit;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Credit.Api;

/// <summary>Records added to a credit file through the API, the assessment they lead to, and the input refused.</summary>
public sealed class RecordCreditEntryApiTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>One record of each kind on a clean file (base 100), dated 2026-09-01; the clock says 2026-11-22.</summary>
    public static TheoryData<Engine, string, string?, string, decimal, decimal, string, string?, string> Kinds()
    {
        var data = new TheoryData<Engine, string, string?, string, decimal, decimal, string, string?, string>();
        foreach (var engine in new[] { Engine.Sqlite, Engine.Postgres })
        {
            data.Add(engine, "spotCheckFailed", null, "N1", -15, 85, "B", null, "2028-08-31");
            data.Add(engine, "administrativePenalty", "light", "N2.1", -5, 95, "A", null, "2026-11-30");
            data.Add(engine, "administrativePenalty", "general", "N2.2", -20, 80, "B", null, "2027-08-31");
            data.Add(engine, "administrativePenalty", "serious", "N2.3", -40, 60, "D", "N2.3", "2029-08-31");
            data.Add(engine, "complaintUpheld", null, "N3", -5, 95, "A", null, "2027-08-31");
            data.Add(engine, "recall", null, "N4", -10, 90, "B", null, "2028-08-31");
            data.Add(engine, "qualityAccident", "serious", "N5.1", -40, 60, "D", "N5.1", "2029-08-31");
            data.Add(engine, "qualityAccident", "general", "N5.2", -20, 80, "C", "N5.2", "2028-08-31");
            data.Add(engine, "certification", null, "P1", 2, 102, "A", null, "2029-08-31");
            data.Add(engine, "qualityAward", null, "P2", 5, 105, "A", null, "2029-08-31");
            data.Add(engine, "brand", null, "P3", 3, 103, "A", null, "2029-08-31");
            data.Add(engine, "qualityCommitment", null, "P4", 1, 101, "A", null, "2027-08-31");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task RecordEntry_WhenOfEachKind_ScoresTheFirmByTheKindsRule(
        Engine engine, string kind, string? severity, string rule, decimal points, decimal score, string grade, string? cappedBy, string lastDay)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);

        var response = await TestCredit.RecordAsync(siming, firm, kind, severity);

        Assert.Equal(kind, response.Record.Kind);
        Assert.Equal(severity, response.Record.Severity);
        Assert.Equal("manual", response.Record.Source);
        Assert.Equal("350203", response.Record.RegionCode);
        var assessment = response.Assessment;
        Assert.Equal(score, assessment.Score);
        Assert.Equal(grade, assessment.Grade);
        Assert.Equal(cappedBy, assessment.GradeCappedBy);
        Assert.Equal(1, assessment.RuleSetVersion);
        Assert.Equal("record", assessment.Trigger);
        var line = Assert.Single(assessment.Lines);
        Assert.Equal(rule, line.Rule);
        Assert.Equal(points, line.Points);
        Assert.Equal(response.Record.Id, line.RecordId);
        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), line.LastCountingDay);
        Assert.Contains($"（规则 {rule}，第 1 版）", line.Text, StringComparison.Ordinal);
        Assert.StartsWith(points > 0 ? $"+{points}：2026-09-01 " : $"−{-points}：2026-09-01 ", line.Text, StringComparison.Ordinal);
        Assert.EndsWith("计至 " + lastDay, line.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordEntry_WhenSeriousPenalty_CapsTheGradeAtDAndPutsTheFirmInRiskClassD(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, firm, "certification");

        var response = await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "serious", "2026-10-15");

        var assessment = response.Assessment;
        Assert.Equal(62, assessment.Score);
        Assert.Equal("D", assessment.Grade);
        Assert.Equal("D 严重失信", assessment.GradeName);
        Assert.Equal("N2.3", assessment.GradeCappedBy);
        Assert.Equal("D", assessment.RiskClass);
        Assert.Contains(assessment.RiskReasons!, r => r.Condition == "R-D1");
        Assert.Equal(["N2.3", "P1"], assessment.Lines.Select(l => l.Rule));
        Assert.Equal("−40：2026-10-15 行政处罚（规则 N2.3，第 1 版），计至 2029-10-14", assessment.Lines[0].Text);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordEntry_WhenRuleCapReached_ScoresTheExtraRecordAtZeroAndSaysSo(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, firm, "qualityCommitment", occurredOn: "2026-08-01");
        await TestCredit.RecordAsync(siming, firm, "qualityCommitment", occurredOn: "2026-09-01");

        var response = await TestCredit.RecordAsync(siming, firm, "qualityCommitment", occurredOn: "2026-07-01");

        Assert.Equal(102, response.Assessment.Score);
        var capped = Assert.Single(response.Assessment.Lines, l => l.Capped);
        Assert.Equal(0, capped.Points);
        Assert.Equal(new DateOnly(2026, 7, 1), capped.OccurredOn);
        Assert.Contains("已达该规则上限", capped.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordEntry_WhenFirmNotInRegister_Returns400NamingTheCode(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var code = TestCodes.CreditCode();

        var response = await siming.PostAsJsonAsync(CreditRoutes.ApiRecords, TestCredit.Entry(code, "recall"), Cancel);

        var body = await TestCredit.AssertFieldErrorAsync(response, "creditCode");
        Assert.Contains(code, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordEntry_WhenFirmInAnotherCounty_Returns400AsIfUnknownAndStoresNothing(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var huli = await app.SignInAsync(Roles.Regulator, "350206");

        var response = await huli.PostAsJsonAsync(CreditRoutes.ApiRecords, TestCredit.Entry(firm, "recall"), Cancel);

        await TestCredit.AssertFieldErrorAsync(response, "creditCode");
        var file = await TestCredit.FileAsync(siming, firm);
        Assert.Empty(file.Records);
        Assert.Null(file.Current);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordEntry_WhenCheckCharacterWrong_Returns400GivingTheExpectedOne(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var wrong = firm[..17] + (firm[17] == '0' ? '1' : '0');

        var response = await siming.PostAsJsonAsync(CreditRoutes.ApiRecords, TestCredit.Entry(wrong, "recall"), Cancel);

        var body = await TestCredit.AssertFieldErrorAsync(response, "creditCode");
        Assert.Contains($"应为“{firm[17]}”", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordEntry_WhenDatedInTheFuture_Returns400NamingTheDate(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);

        var response = await siming.PostAsJsonAsync(CreditRoutes.ApiRecords, TestCredit.Entry(firm, "recall", occurredOn: "2026-11-23"), Cancel);

        var body = await TestCredit.AssertFieldErrorAsync(response, "occurredOn");
        Assert.Contains("2026-11-23", body, StringComparison.Ordinal);
        Assert.Contains("2026-11-22", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordEntry_WhenKindUnknown_Returns400ListingTheKinds(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);

        var response = await siming.PostAsJsonAsync(CreditRoutes.ApiRecords, TestCredit.Entry(firm, "parkingTicket"), Cancel);

        var body = await TestCredit.AssertFieldErrorAsync(response, "kind");
        Assert.Contains("parkingTicket", body, StringComparison.Ordinal);
        Assert.Contains("administrativePenalty", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordEntry_WhenKindIsANumber_Returns400(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);

        var response = await siming.PostAsJsonAsync(CreditRoutes.ApiRecords, TestCredit.Entry(firm, "2", "serious"), Cancel);

        await TestCredit.AssertFieldErrorAsync(response, "kind");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordEntry_WhenPenaltyHasNoSeverity_Returns400NamingTheSeverity(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);

        var response = await siming.PostAsJsonAsync(CreditRoutes.ApiRecords, TestCredit.Entry(firm, "administrativePenalty"), Cancel);

        var body = await TestCredit.AssertFieldErrorAsync(response, "severity");
        Assert.Contains("行政处罚须注明严重程度", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordEntry_WhenPositiveKindHasASeverity_Returns400NamingTheSeverity(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);

        var response = await siming.PostAsJsonAsync(CreditRoutes.ApiRecords, TestCredit.Entry(firm, "qualityAward", "serious"), Cancel);

        var body = await TestCredit.AssertFieldErrorAsync(response, "severity");
        Assert.Contains("质量奖是守信记录", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordEntry_WhenTitleMissing_Returns400NamingTheTitle(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);

        var response = await siming.PostAsJsonAsync(CreditRoutes.ApiRecords, TestCredit.Entry(firm, "recall", title: "  "), Cancel);

        await TestCredit.AssertFieldErrorAsync(response, "title");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordEntry_WhenEverythingMissing_Returns400NamingEachRequiredField(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");

        var response = await siming.PostAsJsonAsync(CreditRoutes.ApiRecords, new { }, Cancel);

        foreach (var field in new[] { "creditCode", "kind", "occurredOn", "title" })
        {
            await TestCredit.AssertFieldErrorAsync(response, field);
        }
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordEntry_WhenEnterpriseAccount_Returns403(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var enterprise = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm);

        var response = await enterprise.PostAsJsonAsync(CreditRoutes.ApiRecords, TestCredit.Entry(firm, "qualityAward"), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty((await TestCredit.FileAsync(siming, firm)).Records);
    }
}
