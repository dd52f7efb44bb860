using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zhixin.Platform.Pages.Account;

/// <summary>Where the cookie handler sends a signed-in user who lacks the role; it answers 403, not 200.</summary>
[AllowAnonymous]
internal sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
