using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity.SignIn;
using Zhixin.Platform.Resources;

namespace Zhixin.Platform.Pages.Account;

/// <summary>The second step of a sign-in whose account has TOTP enabled: the six-digit code from the authenticator app.</summary>
[AllowAnonymous]
internal sealed class LoginTwoFactorModel(SignInHandler signIn) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await signIn.VerifyTwoFactorAsync(Code ?? "", cancellationToken);
        switch (result)
        {
            case SignInResultKind.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : PlatformRoutes.Home);
            case SignInResultKind.InvalidCredentials:
                // No password step in progress (it expired, or this page was opened directly): start again.
                return Redirect(PlatformRoutes.Login);
            case SignInResultKind.LockedOut:
                ModelState.AddModelError(string.Empty, Text("Login.LockedOut"));
                return Page();
            default:
                ModelState.AddModelError(nameof(Code), Text("TwoFactor.CodeInvalid"));
                return Page();
        }
    }

    private static string Text(string key) => PlatformText.Get(CultureInfo.CurrentUICulture, key);
}
