using Microsoft.Playwright;
using Zhixin.Platform.Identity;

namespace Zhixin.BrowserTests;

/// <summary>One test's platform with its demo data and a fresh Chinese-language browser page on it.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private IBrowserContext? context;

    public BrowserApp App { get; } = new();

    public IPage Page { get; private set; } = null!;

    public async Task StartAsync(Chromium chromium)
    {
        ArgumentNullException.ThrowIfNull(chromium);
        context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", AcceptDownloads = true });
        Page = await context.NewPageAsync();
        Page.SetDefaultTimeout(30_000);
    }

    /// <summary>Signs in through the login page with a demo login, as a person would.</summary>
    public async Task SignInAsync(string userName)
    {
        await Page.GotoAsync(App.BaseUrl + Zhixin.Platform.PlatformRoutes.Login);
        await Page.FillAsync("input[name=\"Input.UserName\"]", userName);
        await Page.FillAsync("input[name=\"Input.Password\"]", DemoAccounts.Password);
        await Page.ClickAsync("form:has(input[name=\"Input.Password\"]) button[type=submit]");
        try
        {
            // Leaving the login page is the sign-in; the next step waits for what it needs of the new page, so waiting
            // here for every style sheet and script as well only adds a way to time out on a loaded machine.
            await Page.WaitForURLAsync(
                url => !url.Contains("/account/login", StringComparison.Ordinal),
                new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        }
        catch (TimeoutException e)
        {
            // The page the browser is stuck on says why (wrong password, lockout, an error page).
            throw new InvalidOperationException($"Sign-in as {userName} did not leave the login page: {Page.Url}\n{await Page.InnerTextAsync("body")}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (context is not null)
        {
            await context.DisposeAsync();
        }

        await App.DisposeAsync();
    }
}
