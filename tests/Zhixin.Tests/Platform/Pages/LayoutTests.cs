using System.Net;
using Zhixin.Platform;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Platform.Pages;

public sealed partial class LayoutTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Layout_WhenNoLanguageChosen_IsChinese(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350203");

        var home = await client.PageAsync(PlatformRoutes.Home);

        Assert.Contains("""<html lang="zh-CN">""", home, StringComparison.Ordinal);
        Assert.Contains(">首页</a>", home, StringComparison.Ordinal);
        Assert.Contains(">企业名录</a>", home, StringComparison.Ordinal);
        Assert.Contains(">API 文档</a>", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Layout_WhenEnglishChosen_IsEnglishAndReturnsToThePage(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350203");

        var response = await client.SubmitAsync(PlatformRoutes.Home, [new("culture", "en"), new("returnUrl", "/register/enterprises?q=x")], PlatformRoutes.Culture);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/register/enterprises?q=x", response.Headers.Location?.OriginalString);
        var home = await client.PageAsync(PlatformRoutes.Home);
        Assert.Contains("""<html lang="en">""", home, StringComparison.Ordinal);
        Assert.Contains(">Home</a>", home, StringComparison.Ordinal);
        Assert.Contains(">Enterprise register</a>", home, StringComparison.Ordinal);
        Assert.DoesNotContain(">首页</a>", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Regulator, "/credit", "/credit/sharing/watchlist")]
    [InlineData(Roles.DepartmentUser, "/credit/sharing/watchlist", "/credit")]
    [InlineData(Roles.EnterpriseUser, "/credit", "/plans")]
    [InlineData(Roles.SecurityAdministrator, null, "/register/enterprises")]
    public async Task MainNavigation_LinksOnlyToPagesTheAccountMayOpen(string role, string? shown, string hidden)
    {
        var app = apps[Engine.Sqlite];
        var client = role switch
        {
            Roles.EnterpriseUser => await app.SignInAsync(role, enterprise: TestCodes.CreditCode("350203")),
            Roles.DepartmentUser => await app.SignInAsync(role, "350000", department: "fj.transport"),
            Roles.SecurityAdministrator => await app.SignInAsync(role),
            _ => await app.SignInAsync(role, "350203"),
        };

        var home = await client.PageAsync(PlatformRoutes.Home);
        var nav = home[home.IndexOf("class=\"mainnav\"", StringComparison.Ordinal)..home.IndexOf("</nav>", StringComparison.Ordinal)];
        var links = NavLink().Matches(nav).Select(m => m.Groups[1].Value).Where(l => l != PlatformRoutes.Home && !l.StartsWith("/api/", StringComparison.Ordinal)).ToList();

        if (shown is not null)
        {
            Assert.Contains(shown, links);
        }

        Assert.DoesNotContain(hidden, links);
        foreach (var link in links)
        {
            var response = await client.GetAsync(new Uri(link, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role}: the navigation links to {link}, which answers {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task CultureSwitch_WhenReturnUrlIsAnotherSite_RedirectsHome()
    {
        var client = apps[Engine.Sqlite].Anonymous();

        var response = await client.SubmitAsync(PlatformRoutes.Home, [new("culture", "en"), new("returnUrl", "//evil.example/x")], PlatformRoutes.Culture);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PlatformRoutes.Home, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task CultureSwitch_WhenPostedWithoutAntiforgeryToken_Returns400()
    {
        var client = apps[Engine.Sqlite].Anonymous();
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("culture", "en")]);

        var response = await client.PostAsync(PlatformRoutes.Culture, form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task HomePage_WhenAnonymous_OffersSignIn()
    {
        var home = await apps[Engine.Sqlite].Anonymous().PageAsync(PlatformRoutes.Home);

        Assert.Contains($"href=\"{PlatformRoutes.Login}\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain(">企业名录</a>", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProtectedPage_WhenAnonymous_RedirectsToLogin()
    {
        var response = await apps[Engine.Sqlite].Anonymous().GetAsync("/register/enterprises", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PlatformRoutes.Login, response.Headers.Location?.AbsolutePath);
    }

    [Theory]
    [InlineData("/_content/Zhixin.Platform/lib/htmx/htmx.min.js", "javascript")]
    [InlineData("/_content/Zhixin.Platform/lib/echarts/echarts.min.js", "javascript")]
    [InlineData("/_content/Zhixin.Platform/css/zhixin.css", "text/css")]
    [InlineData("/_content/Zhixin.Platform/js/zhixin.js", "javascript")]
    public async Task StaticAsset_WhenRequested_Returns200(string path, string contentType)
    {
        var response = await apps[Engine.Sqlite].Anonymous().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(contentType, response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.True((await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length > 100);
    }

    [Fact]
    public async Task Layout_WhenRendered_LoadsHtmxFromTheStaticAssets()
    {
        var home = await apps[Engine.Sqlite].Anonymous().PageAsync(PlatformRoutes.Home);

        Assert.Contains("""src="/_content/Zhixin.Platform/lib/htmx/htmx.min.js""", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PlatformRoutes.Home, HttpStatusCode.OK)]
    [InlineData(PlatformRoutes.Login, HttpStatusCode.OK)]
    [InlineData(PlatformRoutes.LoginTwoFactor, HttpStatusCode.OK)]
    [InlineData(PlatformRoutes.AccessDenied, HttpStatusCode.Forbidden)]
    [InlineData(PlatformRoutes.Logout, HttpStatusCode.MethodNotAllowed)]
    [InlineData(PlatformRoutes.Culture, HttpStatusCode.Redirect)]
    public async Task PlatformPage_WhenRequestedAnonymously_AnswersAtItsRouteConstant(string route, HttpStatusCode expected)
    {
        var response = await apps[Engine.Sqlite].Anonymous().GetAsync(route, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [System.Text.RegularExpressions.GeneratedRegex("<a href=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex NavLink();
}
