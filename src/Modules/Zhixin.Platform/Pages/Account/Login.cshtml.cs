using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity.SignIn;
using Zhixin.Platform.Resources;

namespace Zhixin.Platform.Pages.Account;

/// <summary>
/// Password sign-in through <see cref="SignInHandler"/>, the handler the API uses. A wrong user name and a
/// wrong password get the same message, so the form does not tell which accounts exist.
/// </summary>
[AllowAnonymous]
internal sealed class LoginModel(SignInHandler signIn) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.UserName) || string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError(string.Empty, Text("Login.Required"));
            return Page();
        }

        var result = await signIn.SignInAsync(new SignInRequest(Input.UserName, Input.Password), cancellationToken);
        switch (result)
        {
            case SignInResultKind.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : PlatformRoutes.Home);
            case SignInResultKind.TwoFactorRequired:
                return Redirect(ReturnUrl is null
                    ? PlatformRoutes.LoginTwoFactor
                    : $"{PlatformRoutes.LoginTwoFactor}?returnUrl={Uri.EscapeDataString(ReturnUrl)}");
            case SignInResultKind.LockedOut:
                ModelState.AddModelError(string.Empty, Text("Login.LockedOut"));
                return Page();
            default:
                ModelState.AddModelError(string.Empty, Text("Login.Failed"));
                return Page();
        }
    }

    private static string Text(string key) => PlatformText.Get(CultureInfo.CurrentUICulture, key);
}

internal sealed class LoginInput
{
    public string? UserName { get; set; }

    public string? Password { get; set; }
}
