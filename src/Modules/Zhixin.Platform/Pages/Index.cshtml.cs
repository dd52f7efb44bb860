using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zhixin.Platform.Pages;

/// <summary>The home page: what the platform is and, for a signed-in user, the way into each module.</summary>
[AllowAnonymous]
internal sealed class HomeModel : PageModel;
