using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity.SignIn;

namespace Zhixin.Platform.Pages.Account;

/// <summary>
/// Sign-out is a POST with an antiforgery token, so a link or an image on another page cannot sign a user
/// out. Anonymous callers may post too: a session that already expired simply lands on the home page.
/// </summary>
[AllowAnonymous]
internal sealed class LogoutModel(SignInHandler signIn) : PageModel
{
    public IActionResult OnGet() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await signIn.SignOutAsync(cancellationToken);
        }

        return LocalRedirect(PlatformRoutes.Home);
    }
}
