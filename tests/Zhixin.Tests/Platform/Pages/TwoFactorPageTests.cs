using System.Net;
using System.Text.RegularExpressions;
using OtpNet;
using Zhixin.Platform;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Platform.Pages;

public sealed partial class TwoFactorPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Login_WhenTwoFactorEnabledOnThePage_AsksForTheCodeAndAcceptsIt(Engine engine)
    {
        var app = apps[engine];
        var userName = $"totp-{TestCodes.Token()}";
        await app.CreateUserAsync(userName, Roles.Regulator, "350203");
        var owner = app.Anonymous();
        await owner.SubmitAsync(PlatformRoutes.Login, Credentials(userName, ZhixinApp.Password));
        var setup = await owner.PageAsync(PlatformRoutes.TwoFactorSetup);
        var key = SecretPattern().Match(setup).Groups[1].Value;
        var enabled = await owner.SubmitAsync(PlatformRoutes.TwoFactorSetup, [new("Code", CodeFor(key))], $"{PlatformRoutes.TwoFactorSetup}?handler=Enable");
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        var client = app.Anonymous();

        var password = await client.SubmitAsync(PlatformRoutes.Login, Credentials(userName, ZhixinApp.Password));
        var second = await client.SubmitAsync(password.Headers.Location!.OriginalString, [new("Code", CodeFor(key))]);

        Assert.StartsWith(PlatformRoutes.LoginTwoFactor, password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(PlatformRoutes.Home, second.Headers.Location?.OriginalString);
        Assert.Contains(userName, await client.PageAsync(PlatformRoutes.Home), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task EnableTwoFactor_WhenCodeIsWrong_ShowsTheErrorAndStaysOff(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350203");

        var response = await client.SubmitAsync(PlatformRoutes.TwoFactorSetup, [new("Code", "000000")], $"{PlatformRoutes.TwoFactorSetup}?handler=Enable");

        var body = await response.BodyAsync();
        Assert.Contains("验证码错误或已过期", body, StringComparison.Ordinal);
        Assert.Contains("未启用", body, StringComparison.Ordinal);
    }

    private static string CodeFor(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp(DateTime.UtcNow);

    private static KeyValuePair<string, string>[] Credentials(string userName, string password) =>
        [new("Input.UserName", userName), new("Input.Password", password)];

    [GeneratedRegex("secret=([A-Z2-7]+)")]
    private static partial Regex SecretPattern();
}
