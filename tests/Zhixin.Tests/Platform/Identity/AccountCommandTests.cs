using System.Net;
using System.Net.Http.Json;
using Zhixin.Platform;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Platform.Identity;

/// <summary><c>zhixin account create</c>: how a new installation gets its first accounts.</summary>
public sealed class AccountCommandTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task CreateAccount_WhenOfficialWithRegion_CanSignIn(Engine engine)
    {
        var app = apps[engine];
        var userName = $"cli-{TestCodes.Token()}";

        var result = await ZhixinCli.RunWithInputAsync(app, "Cli@Pass2026", "account", "create", userName,
            "--role", "Regulator", "--region", "360300", "--department", "jx-px.qts", "--name", "萍乡市监管人员");
        var signIn = await app.Anonymous().PostAsJsonAsync(PlatformRoutes.ApiSignIn, new { userName, password = "Cli@Pass2026" }, TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task CreateAccount_WhenOfficialHasNoRegion_ExitsNonZeroNamingTheField()
    {
        var result = await ZhixinCli.RunWithInputAsync(apps[Engine.Sqlite], "Cli@Pass2026", "account", "create", $"cli-{TestCodes.Token()}", "--role", "Regulator");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("region", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAccount_WhenPasswordTooSimple_ExitsNonZeroWithIdentitysReason()
    {
        var result = await ZhixinCli.RunWithInputAsync(apps[Engine.Sqlite], "simple", "account", "create", $"cli-{TestCodes.Token()}", "--role", "AuditAdministrator");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Password", result.Error, StringComparison.Ordinal);
    }
}
