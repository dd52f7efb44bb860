using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhixin.Credit;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Credit.Api;
using Zhixin.Tests.Infrastructure;
using static Zhixin.Tests.Credit.Reports.CreditReportApiTests;

namespace Zhixin.Tests.Credit.Reports;

/// <summary>
/// Rotating the report signing key from the shell: the running server signs with the new key at once, and reports
/// signed before still verify, by the retired public key kept for them. On an app of its own, as the key changes.
/// </summary>
public sealed class ReportKeyRotationTests(PostgresCluster postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RotateReportKey_OldReportsStillVerify_NewReportsUseTheNewKey_AndTheOldPrivateKeyIsGone(Engine engine)
    {
        await using var app = await ZhixinApp.StartAsync(engine, postgres);
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var before = await IssueAsync(siming, firm);
        var oldKey = (string)before["signature"]!["keyId"]!;

        var rotated = await ZhixinCli.RunAsync(app, "credit", "rotate-report-key");

        Assert.True(rotated.ExitCode == 0, rotated.Error);
        Assert.Contains(oldKey, rotated.Output, StringComparison.Ordinal);
        var after = await IssueAsync(siming, firm);
        var newKey = (string)after["signature"]!["keyId"]!;
        Assert.NotEqual(oldKey, newKey);
        Assert.Contains(newKey, rotated.Output, StringComparison.Ordinal);
        Assert.Equal("valid", (await VerifyAsync(app.Anonymous(), before)).GetProperty("reason").GetString());
        Assert.Equal("valid", (await VerifyAsync(app.Anonymous(), after)).GetProperty("reason").GetString());

        var current = await app.Anonymous().GetFromJsonAsync<JsonElement>(CreditRoutes.ApiReportsPublicKey, Cancel);
        var retired = await app.Anonymous().GetFromJsonAsync<JsonElement>($"{CreditRoutes.ApiReportsPublicKey}?keyId={oldKey}", Cancel);
        Assert.Equal((newKey, false), (current.GetProperty("keyId").GetString(), current.GetProperty("retired").GetBoolean()));
        Assert.Equal((oldKey, true), (retired.GetProperty("keyId").GetString(), retired.GetProperty("retired").GetBoolean()));
        foreach (var unknown in new[] { "0123456789abcdef", "..%2F..%2Fkeys%2Faudit-hmac" })
        {
            var response = await app.Anonymous().GetAsync($"{CreditRoutes.ApiReportsPublicKey}?keyId={unknown}", Cancel);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        // Only the new private key is on disk; the old one survives as a public key.
        var keys = Path.GetDirectoryName(app.KeyFile)!;
        using var onDisk = System.Security.Cryptography.ECDsa.Create();
        onDisk.ImportFromPem(await File.ReadAllTextAsync(Path.Combine(keys, "credit-report-p256.pem"), Cancel));
        Assert.StartsWith(newKey, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(onDisk.ExportSubjectPublicKeyInfo())), StringComparison.Ordinal);
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", await File.ReadAllTextAsync(Path.Combine(keys, "credit-report-keys", oldKey + ".pem"), Cancel), StringComparison.Ordinal);
    }
}
