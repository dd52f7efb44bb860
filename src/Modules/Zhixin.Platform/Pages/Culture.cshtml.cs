using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zhixin.Platform.Pages;

/// <summary>
/// The language switch of the layout: remembers the chosen culture in the request-culture cookie and goes
/// back to the page the user was on. Only a local return URL is followed, so the form cannot be used to
/// send someone to another site.
/// </summary>
[AllowAnonymous]
internal sealed class CultureModel(TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => LocalRedirect(PlatformRoutes.Home);

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = PlatformModule.Cultures.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase));
        if (chosen is not null)
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions
                {
                    Expires = clock.GetUtcNow().AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                });
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : PlatformRoutes.Home);
    }
}
