using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.GetNetContentCheck;
using Zhixin.Inspection.NetContent;
using Zhixin.Platform.Identity;

namespace Zhixin.Inspection.Pages.Inspection.NetContent;

/// <summary>One stored check through <see cref="GetNetContentCheckHandler"/>: the lot, the measurements and every step of the stored calculation.</summary>
[Authorize(Policy = Policies.InspectionRead)]
internal sealed class NetContentDetailsModel(GetNetContentCheckHandler handler) : PageModel
{
    public NetContentCheckDetail Check { get; private set; } = null!;

    /// <summary>The calculation as it was stored, not recomputed: a later edition of the tables never rewrites it.</summary>
    public NetContentResult Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await handler.HandleAsync(id, cancellationToken);
        if (!found.IsSuccess)
        {
            return NotFound();
        }

        Check = found.Value!;
        Result = Check.Result();
        return Page();
    }
}
