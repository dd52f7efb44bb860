using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Zhixin.Platform;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Data;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Platform.Identity;

public sealed class SignInTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task SignIn_WhenPasswordRight_IsAuditedUnderTheAccount(Engine engine)
    {
        var app = apps[engine];
        var userName = $"auditee-{TestCodes.Token()}";
        await app.CreateUserAsync(userName, Roles.Regulator, "410000");

        var response = await app.Anonymous().PostAsJsonAsync(PlatformRoutes.ApiSignIn, new { userName, password = ZhixinApp.Password }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var actions = await AuditActionsOfAsync(app, userName);
        Assert.Contains(AuditActions.SignIn, actions);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task SignIn_WhenPasswordWrongThreeTimes_LocksTheAccount(Engine engine)
    {
        var app = apps[engine];
        var userName = $"locked-{TestCodes.Token()}";
        await app.CreateUserAsync(userName, Roles.Regulator, "410000");
        var client = app.Anonymous();

        for (var i = 0; i < 3; i++)
        {
            var wrong = await client.PostAsJsonAsync(PlatformRoutes.ApiSignIn, new { userName, password = "Wrong@Pass1" }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await client.PostAsJsonAsync(PlatformRoutes.ApiSignIn, new { userName, password = ZhixinApp.Password }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal("LockedOut", await ReasonAsync(right));
        var actions = await AuditActionsOfAsync(app, userName);
        Assert.Equal(2, actions.Count(a => a == AuditActions.SignInFailed));
        Assert.Contains(AuditActions.LockedOut, actions);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task SignIn_WhenUnknownAccount_Returns401AndIsAudited(Engine engine)
    {
        var app = apps[engine];
        var userName = $"nobody-{TestCodes.Token()}";

        var response = await app.Anonymous().PostAsJsonAsync(PlatformRoutes.ApiSignIn, new { userName, password = "Whatever@1" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("InvalidCredentials", await ReasonAsync(response));
        Assert.Contains(AuditActions.SignInFailed, await AuditActionsOfAsync(app, userName));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task SignIn_WhenTwoFactorEnabled_NeedsTheCurrentTotpCode(Engine engine)
    {
        var app = apps[engine];
        var userName = $"totp-{TestCodes.Token()}";
        await app.CreateUserAsync(userName, Roles.Regulator, "410000");
        var key = await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ZhixinUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            return (await users.GetAuthenticatorKeyAsync(user))!;
        });
        var client = app.Anonymous();

        var withoutCode = await client.PostAsJsonAsync(PlatformRoutes.ApiSignIn, new { userName, password = ZhixinApp.Password }, TestContext.Current.CancellationToken);
        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);
        var withCode = await client.PostAsJsonAsync(PlatformRoutes.ApiSignIn, new { userName, password = ZhixinApp.Password, totpCode = code }, TestContext.Current.CancellationToken);

        Assert.Equal("TwoFactorRequired", await ReasonAsync(withoutCode));
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
    }

    [Theory]
    [InlineData(Roles.SystemAdministrator, Roles.SecurityAdministrator)]
    [InlineData(Roles.SecurityAdministrator, Roles.AuditAdministrator)]
    [InlineData(Roles.AuditAdministrator, Roles.Regulator)]
    [InlineData(Roles.Regulator, Roles.SystemAdministrator)]
    public async Task AddToRole_WhenItWouldCombineAnAdministratorRole_FailsByRuleAdministratorRolesAreExclusive(string first, string second)
    {
        var app = apps[Engine.Sqlite];
        var userName = $"admin-{TestCodes.Token()}";
        await app.CreateUserAsync(userName, first);

        var result = await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ZhixinUser>>();
            return await users.AddToRoleAsync((await users.FindByNameAsync(userName))!, second);
        });

        Assert.False(result.Succeeded);
        Assert.Equal("AdministratorRolesAreExclusive", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task AddToRole_WhenTwoBusinessRoles_Succeeds()
    {
        var app = apps[Engine.Sqlite];
        var userName = $"business-{TestCodes.Token()}";
        await app.CreateUserAsync(userName, Roles.Regulator, "410000");

        var result = await app.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ZhixinUser>>();
            return await users.AddToRoleAsync((await users.FindByNameAsync(userName))!, Roles.DepartmentUser);
        });

        Assert.True(result.Succeeded);
    }

    private static async Task<string?> ReasonAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("reason").GetString();
    }

    private static Task<List<string>> AuditActionsOfAsync(ZhixinApp app, string userName) =>
        app.WithServicesAsync(services => services.GetRequiredService<PlatformDbContext>().AuditEntries
            .Where(e => e.ActorName == userName).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
}
