using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Zhixin.Credit.Features.PublicLookup;

namespace Zhixin.Credit.Pages.Public;

/// <summary>
/// 信用公示 for everyone: the search box and its results (<see cref="SearchPublicCreditHandler"/>), or one firm's public
/// view (<see cref="GetPublicCreditHandler"/>), the handlers of the public API, under its rate limit.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(CreditRoutes.PublicRateLimit)]
internal sealed class PublicCreditModel(SearchPublicCreditHandler search, GetPublicCreditHandler lookup) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public PublicSearchResult? Results { get; private set; }

    public string? Problem { get; private set; }

    public PublicCreditView? Firm { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        if (code is not null)
        {
            Firm = await lookup.HandleAsync(code, cancellationToken);
            return Firm is null ? NotFound() : Page();
        }

        if (Q is not null)
        {
            var outcome = await search.HandleAsync(Q, cancellationToken);
            Results = outcome.Value;
            Problem = outcome.IsSuccess ? null : string.Join("；", outcome.Errors.All.Select(e => e.Message));
        }

        return Page();
    }
}
