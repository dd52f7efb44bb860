using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhixin.Platform;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Platform.Audit;

/// <summary>三权分立: only the audit administrator reads the audit log; the other administrators and officials may not.</summary>
public sealed class AuditLogAccessTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ListAuditEntries_WhenAuditAdministrator_SeesSignInsNewestFirst(Engine engine)
    {
        var app = apps[engine];
        var auditee = $"seen-{TestCodes.Token()}";
        await app.SignInAsync(Roles.Regulator, "120000", userName: auditee);
        var auditor = await app.SignInAsync(Roles.AuditAdministrator);

        var page = await auditor.GetFromJsonAsync<JsonElement>($"{PlatformRoutes.ApiAudit}?actor={auditee}", TestContext.Current.CancellationToken);

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, e => e.GetProperty("action").GetString() == "sign-in");
        var sequences = items.Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.OrderDescending(), sequences);
    }

    [Theory]
    [InlineData(Roles.SystemAdministrator)]
    [InlineData(Roles.SecurityAdministrator)]
    [InlineData(Roles.Regulator)]
    public async Task ListAuditEntries_WhenNotAuditAdministrator_Returns403(string role)
    {
        var client = await apps[Engine.Sqlite].SignInAsync(role, role == Roles.Regulator ? "350000" : null);

        var response = await client.GetAsync(PlatformRoutes.ApiAudit, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task VerifyAuditChain_WhenAuditAdministrator_ReportsIntact()
    {
        var auditor = await apps[Engine.Sqlite].SignInAsync(Roles.AuditAdministrator);

        var response = await auditor.PostAsync(PlatformRoutes.ApiAuditVerify, null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(body.RootElement.GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task AuditPage_WhenAuditAdministrator_ListsEntries()
    {
        var auditor = await apps[Engine.Sqlite].SignInAsync(Roles.AuditAdministrator);

        var html = await auditor.GetStringAsync(PlatformRoutes.AuditLog, TestContext.Current.CancellationToken);

        Assert.Contains("id=\"audit-entries\"", html, StringComparison.Ordinal);
        Assert.Contains("sign-in", html, StringComparison.Ordinal);
    }
}
