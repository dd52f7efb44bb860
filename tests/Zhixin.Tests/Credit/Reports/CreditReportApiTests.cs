using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zhixin.Credit;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Credit.Api;
using Zhixin.Tests.Credit.Lists;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Credit.Reports;

/// <summary>The signed credit report (信用报告): its content, its signature, the verify endpoint and who may get one.</summary>
public sealed class CreditReportApiTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    internal static async Task<JsonObject> IssueAsync(HttpClient client, string firm)
    {
        var response = await client.GetAsync(CreditRoutes.ApiEnterpriseReport(firm), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    internal static async Task<JsonElement> VerifyAsync(HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync(CreditRoutes.ApiReportsVerify, request, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task IssueReport_WhenFirmListed_HoldsFirmGradeBreakdownListingsRecordsAndNoRiskClass(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (firm, penalty, _) = await TestListings.BlackListedAsync(app, siming);

        var document = await IssueAsync(siming, firm);

        var report = document["report"]!;
        Assert.Equal("zhixin.credit-report/1", (string?)report["format"]);
        Assert.StartsWith("XY20261122", (string?)report["number"], StringComparison.Ordinal);
        Assert.Equal(firm, (string?)report["firm"]!["creditCode"]);
        Assert.Equal("350203", (string?)report["firm"]!["regionCode"]);
        Assert.Equal("D", (string?)report["assessment"]!["grade"]);
        Assert.Equal(1, (int)report["assessment"]!["ruleSet"]!["version"]!);
        Assert.False((bool)report["assessment"]!["ruleSet"]!["verified"]!);
        Assert.Contains(report["assessment"]!["lines"]!.AsArray(), l => (Guid)l!["recordId"]! == penalty);
        Assert.Equal("listed", (string?)report["listings"]![0]!["status"]);
        Assert.Equal("manual", (string?)report["records"]![0]!["source"]);
        Assert.NotNull(report["outlook"]);
        Assert.DoesNotContain("riskClass", document.ToJsonString(), StringComparison.Ordinal);
        var signature = document["signature"]!;
        Assert.Equal("ECDSA-P256-SHA256", (string?)signature["algorithm"]);
        Assert.Matches("^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$", (string?)signature["verificationCode"]);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Verify_WhenReportUnchanged_IsValidAndIssuedByAnonymousCaller(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, firm, "certification");
        var document = await IssueAsync(siming, firm);

        // Re-indented by some tool on the way: the canonical bytes, and so the signature, stay the same.
        var reformatted = JsonNode.Parse(document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }))!;
        var answer = await VerifyAsync(app.Anonymous(), reformatted);

        Assert.True(answer.GetProperty("valid").GetBoolean(), answer.ToString());
        Assert.Equal("valid", answer.GetProperty("reason").GetString());
        Assert.True(answer.GetProperty("issued").GetBoolean());
        Assert.Equal(firm, answer.GetProperty("creditCode").GetString());
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Verify_WhenOneValueChanged_SaysTampered(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "general");
        var document = await IssueAsync(siming, firm);
        document["report"]!["assessment"]!["grade"] = "A";

        var answer = await VerifyAsync(app.Anonymous(), document);

        Assert.False(answer.GetProperty("valid").GetBoolean());
        Assert.Equal("tampered", answer.GetProperty("reason").GetString());
        Assert.Contains("改动", answer.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Verify_WhenSignatureAltered_SaysBadSignature(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var document = await IssueAsync(siming, firm);
        var bytes = Convert.FromBase64String((string)document["signature"]!["value"]!);
        bytes[10] ^= 0x01;
        document["signature"]!["value"] = Convert.ToBase64String(bytes);

        var answer = await VerifyAsync(app.Anonymous(), document);

        Assert.Equal("bad-signature", answer.GetProperty("reason").GetString());
        Assert.False(answer.GetProperty("valid").GetBoolean());
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Verify_WhenSignedWithAnotherKey_SaysUnknownKey(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var document = await IssueAsync(siming, firm);
        // A forger's own P-256 key over the same content: the key id is not the platform's.
        using var forger = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var hash = Convert.FromHexString((string)document["signature"]!["sha256"]!);
        document["signature"]!["value"] = Convert.ToBase64String(forger.SignHash(hash));
        document["signature"]!["keyId"] = "0123456789abcdef";

        var answer = await VerifyAsync(app.Anonymous(), document);

        Assert.Equal("unknown-key", answer.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Verify_ByNumberAndCode_FindsTheIssueAndRefusesAnUnknownNumber(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var document = await IssueAsync(siming, firm);
        var number = (string)document["report"]!["number"]!;
        var code = (string)document["signature"]!["verificationCode"]!;

        var found = await VerifyAsync(app.Anonymous(), new { number, verificationCode = code });
        var wrongCode = await VerifyAsync(app.Anonymous(), new { number, verificationCode = "0000-0000-0000-0000" });
        var unknown = await VerifyAsync(app.Anonymous(), new { number = "XY20260101FFFFFFFFFF", verificationCode = code });

        Assert.Equal("valid", found.GetProperty("reason").GetString());
        Assert.Equal("code-mismatch", wrongCode.GetProperty("reason").GetString());
        Assert.Equal("not-issued", unknown.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Verify_WhenNothingGiven_Returns400NamingTheFields(Engine engine)
    {
        var response = await apps[engine].Anonymous().PostAsJsonAsync(CreditRoutes.ApiReportsVerify, new { }, Cancel);

        var body = await TestCredit.AssertFieldErrorAsync(response, "number");
        Assert.Contains("verificationCode", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task IssueReport_WhenAnotherCountysFirm_Returns404(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var huli = await app.SignInAsync(Roles.Regulator, "350206");
        var firm = await TestCredit.FirmAsync(siming);

        var response = await huli.GetAsync(CreditRoutes.ApiEnterpriseReport(firm), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task IssueReport_WhenEnterpriseAccount_GetsOwnReportOnly(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var own = await TestCredit.FirmAsync(siming);
        var other = await TestCredit.FirmAsync(siming);
        var enterprise = await app.SignInAsync(Roles.EnterpriseUser, "350203", enterprise: own);

        var mine = await enterprise.GetAsync(CreditRoutes.ApiEnterpriseReport(own), Cancel);
        var theirs = await enterprise.GetAsync(CreditRoutes.ApiEnterpriseReport(other), Cancel);
        var anonymous = await app.Anonymous().GetAsync(CreditRoutes.ApiEnterpriseReport(own), Cancel);

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PublicKey_WhenRead_MatchesTheKeyIdOfIssuedReports(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var document = await IssueAsync(siming, firm);

        var key = await app.Anonymous().GetFromJsonAsync<JsonElement>(CreditRoutes.ApiReportsPublicKey, Cancel);

        Assert.Equal((string?)document["signature"]!["keyId"], key.GetProperty("keyId").GetString());
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", key.GetProperty("pem").GetString(), StringComparison.Ordinal);
        Assert.Equal("P-256", key.GetProperty("jwk").GetProperty("crv").GetString());
        using var ecdsa = System.Security.Cryptography.ECDsa.Create();
        ecdsa.ImportFromPem(key.GetProperty("pem").GetString());
        Assert.True(ecdsa.VerifyHash(
            Convert.FromHexString((string)document["signature"]!["sha256"]!), Convert.FromBase64String((string)document["signature"]!["value"]!)));
    }
}
