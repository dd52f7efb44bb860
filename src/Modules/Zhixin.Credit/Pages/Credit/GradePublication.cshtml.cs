using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Features.SetGradePublication;
using Zhixin.Platform.Identity;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>
/// 等级公示设置: whether the caller's region (or a region below it) publishes grades in the public lookup, through
/// <see cref="SetGradePublicationHandler"/> (the API's handler).
/// </summary>
[Authorize(Policy = Policies.CreditWrite)]
internal sealed class GradePublicationModel(SetGradePublicationHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty]
    public bool Published { get; set; }

    public GradePublicationView? Setting { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var region = Region ?? CallerRegion();
        var outcome = await handler.SetAsync(region, new SetGradePublicationRequest(Published), cancellationToken);
        Problem = outcome.IsSuccess ? null : outcome.Message ?? string.Join("；", outcome.Errors.All.Select(e => e.Message));
        await LoadAsync(cancellationToken);
    }

    private string CallerRegion() => User.FindFirst(ZhixinClaims.Region)?.Value ?? "000000";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Region ??= CallerRegion();
        var outcome = await handler.GetAsync(Region, cancellationToken);
        Setting = outcome.Value;
        Problem ??= outcome.IsSuccess ? null : outcome.Message;
    }
}
