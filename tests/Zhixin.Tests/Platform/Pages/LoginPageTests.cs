using System.Net;
using Zhixin.Platform;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Platform.Pages;

public sealed class LoginPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Login_WhenPasswordIsRight_SignsInAndShowsTheUser(Engine engine)
    {
        var app = apps[engine];
        var userName = $"login-{TestCodes.Token()}";
        await app.CreateUserAsync(userName, Roles.Regulator, "350203");
        var client = app.Anonymous();

        var response = await client.SubmitAsync(PlatformRoutes.Login, Credentials(userName, ZhixinApp.Password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PlatformRoutes.Home, response.Headers.Location?.OriginalString);
        var home = await client.PageAsync(PlatformRoutes.Home);
        Assert.Contains(userName, home, StringComparison.Ordinal);
        Assert.Contains("福建省厦门市思明区", home, StringComparison.Ordinal);
        Assert.Contains("退出", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Login_WhenPasswordIsWrong_ShowsGenericError(Engine engine)
    {
        var app = apps[engine];
        var userName = $"login-{TestCodes.Token()}";
        await app.CreateUserAsync(userName, Roles.Regulator, "350203");
        var client = app.Anonymous();

        var response = await client.SubmitAsync(PlatformRoutes.Login, Credentials(userName, "Wrong@Pass1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误", await response.BodyAsync(), StringComparison.Ordinal);
        var protectedPage = await client.GetAsync(PlatformRoutes.TwoFactorSetup, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, protectedPage.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Login_WhenUserIsUnknown_ShowsTheSameGenericError(Engine engine)
    {
        var client = apps[engine].Anonymous();

        var response = await client.SubmitAsync(PlatformRoutes.Login, Credentials($"nobody-{TestCodes.Token()}", "Wrong@Pass1"));

        Assert.Contains("用户名或密码错误", await response.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Login_WhenThreeAttemptsFailed_LocksTheAccountEvenForTheRightPassword(Engine engine)
    {
        var app = apps[engine];
        var userName = $"login-{TestCodes.Token()}";
        await app.CreateUserAsync(userName, Roles.Regulator, "350203");
        var client = app.Anonymous();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await client.SubmitAsync(PlatformRoutes.Login, Credentials(userName, "Wrong@Pass1"));
        }

        var response = await client.SubmitAsync(PlatformRoutes.Login, Credentials(userName, ZhixinApp.Password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("账户已锁定", await response.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Login_WhenReturnUrlIsAnotherSite_RedirectsHome(Engine engine)
    {
        var app = apps[engine];
        var userName = $"login-{TestCodes.Token()}";
        await app.CreateUserAsync(userName, Roles.Regulator, "350203");
        var client = app.Anonymous();

        var response = await client.SubmitAsync(
            $"{PlatformRoutes.Login}?returnUrl={Uri.EscapeDataString("https://evil.example/")}", Credentials(userName, ZhixinApp.Password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PlatformRoutes.Home, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Logout_WhenPosted_SignsOut(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350203");

        var response = await client.SubmitAsync(PlatformRoutes.Home, [], PlatformRoutes.Logout);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var protectedPage = await client.GetAsync(PlatformRoutes.TwoFactorSetup, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, protectedPage.StatusCode);
        Assert.StartsWith(PlatformRoutes.Login, protectedPage.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_WhenRequestedWithGet_Returns405()
    {
        var client = await apps[Engine.Sqlite].SignInAsync(Roles.Regulator, "350203");

        var response = await client.GetAsync(PlatformRoutes.Logout, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static KeyValuePair<string, string>[] Credentials(string userName, string password) =>
        [new("Input.UserName", userName), new("Input.Password", password)];
}
