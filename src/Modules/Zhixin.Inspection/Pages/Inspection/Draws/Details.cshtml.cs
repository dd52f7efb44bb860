using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.ExecuteDraw;
using Zhixin.Inspection.Features.GetDraw;
using Zhixin.Inspection.Features.VerifyDraw;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Pages.Inspection.Draws;

/// <summary>
/// One 双随机 draw: what was published before it (seed, pool hash, publication time, pool sizes, exclusions, the listing
/// itself for download), the button that makes it, then the firms drawn with their two inspectors, a link to each firm's
/// sampling form, and the check that re-runs it (<see cref="VerifyDrawHandler"/>).
/// </summary>
[Authorize(Policy = Policies.InspectionRead)]
internal sealed class DrawDetailsModel(
    GetDrawHandler get,
    ExecuteDrawHandler execute,
    VerifyDrawHandler verifier,
    ICallerContext callers,
    IAuthorizationService authorization) : PageModel
{
    public DrawView Draw { get; private set; } = null!;

    /// <summary>The re-run's answer, when the page was asked for it (?verify=true).</summary>
    public DrawCheck? Check { get; private set; }

    public bool CanDraw { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool verify, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(id, cancellationToken);
        if (loaded is not null)
        {
            return loaded;
        }

        if (verify && Draw.Status == DrawStatus.Drawn)
        {
            Check = (await verifier.HandleAsync(id, cancellationToken)).Value;
        }

        return Page();
    }

    /// <summary>The listing exactly as hashed (UTF-8, no byte-order mark), for anyone re-running the draw.</summary>
    public async Task<IActionResult> OnGetListingAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await get.HandleAsync(id, cancellationToken);
        return outcome.IsSuccess
            ? File(Encoding.UTF8.GetBytes(outcome.Value!.PoolListing), "text/plain; charset=utf-8", $"draw-{id}.txt")
            : NotFound();
    }

    public async Task<IActionResult> OnPostExecuteAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await execute.HandleAsync(id, cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = InspectionText.Format("DrawPage.Drawn", outcome.Value!.Selections.Count);
            return Redirect(InspectionRoutes.Draw(id) + "#selections");
        }

        return await LoadAsync(id, cancellationToken) ?? this.Failed(outcome, typeof(DrawView));
    }

    public static string NewBatchUrl(Guid planId, Guid selectionId) => $"{InspectionRoutes.NewBatch}?plan={planId}&selection={selectionId}";

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await get.HandleAsync(id, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return NotFound();
        }

        Draw = outcome.Value!;
        CanDraw = Draw.Status == DrawStatus.Published && await this.MayWriteAsync(authorization, callers.Current, Draw.OrganizerRegionCode);
        return null;
    }
}
