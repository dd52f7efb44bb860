using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Data;
using Zhixin.Platform.Identity;
using Zhixin.Register;
using Zhixin.Register.Features;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Register;

/// <summary>
/// Early Xiamen pilot codes are legal although their check character fails the GB 32100 formula. They enter
/// the register only when a regulator says why, and that is written to the audit log.
/// </summary>
public sealed class CheckOverrideTests(PostgresCluster postgres)
{
    private const string PilotCode = "91350203M0001QAY9B";

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task CreateEnterprise_WhenPilotCodeWithoutReason_Returns400NamingExpectedCharacter(Engine engine)
    {
        await using var app = await ZhixinApp.StartAsync(engine, postgres);
        var client = await app.SignInAsync(Roles.Regulator, "350200");

        var response = await client.PostAsJsonAsync(RegisterRoutes.ApiEnterprises,
            new { creditCode = PilotCode, name = "厦门试点代码测试有限公司", regionCode = "350203" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("应为“9”", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task CreateEnterprise_WhenPilotCodeWithReason_StoresItAndAuditsTheOverride(Engine engine)
    {
        await using var app = await ZhixinApp.StartAsync(engine, postgres);
        var client = await app.SignInAsync(Roles.Regulator, "350200");
        const string reason = "厦门早期试点代码，经登记机关核实";

        var response = await client.PostAsJsonAsync(RegisterRoutes.ApiEnterprises,
            new { creditCode = PilotCode, name = "厦门试点代码测试有限公司", regionCode = "350203", checkOverrideReason = reason }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<EnterpriseResponse>(TestContext.Current.CancellationToken);
        Assert.True(created!.CheckOverride);
        var entry = await app.WithServicesAsync(services => services.GetRequiredService<PlatformDbContext>().AuditEntries
            .SingleAsync(e => e.Action == AuditActions.CheckOverride && e.EntityId == created.Id.ToString()));
        Assert.Equal(PilotCode, entry.After);
        Assert.Equal(reason, entry.Detail);
    }

    [Fact]
    public async Task Import_WhenPilotCodeInFile_IsRejectedBecauseOverridesNeedAPersonsReason()
    {
        await using var app = await ZhixinApp.StartAsync(Engine.Sqlite, postgres);
        var file = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(app.KeyFile))!, "pilot.csv");
        await File.WriteAllTextAsync(file, $"{ImportFiles.Header}\r\n{PilotCode},厦门试点代码测试有限公司,350203,,,,,,\r\n", TestContext.Current.CancellationToken);

        var result = await ZhixinCli.RunAsync(app, "import", "enterprises", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("应为“9”", result.Error, StringComparison.Ordinal);
    }
}
