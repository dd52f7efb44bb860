using Microsoft.Playwright;
using Zhixin.Platform.Identity;

namespace Zhixin.BrowserTests;

/// <summary>Signing in through the login page with a demo login, as a person would.</summary>
internal static class DemoSignIn
{
    public static async Task SignInAsync(this IPage page, BrowserApp app, string userName)
    {
        await page.GotoAsync(app.BaseUrl + Zhixin.Platform.PlatformRoutes.Login);
        await page.FillAsync("input[name=\"Input.UserName\"]", userName);
        await page.FillAsync("input[name=\"Input.Password\"]", DemoAccounts.Password);
        await page.ClickAsync("form:has(input[name=\"Input.Password\"]) button[type=submit]");
        try
        {
            await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        }
        catch (TimeoutException e)
        {
            // The page the browser is stuck on says why (wrong password, lockout, an error page).
            throw new InvalidOperationException($"Sign-in as {userName} did not leave the login page: {page.Url}\n{await page.InnerTextAsync("body")}", e);
        }
    }
}
