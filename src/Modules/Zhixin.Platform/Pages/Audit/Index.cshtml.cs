using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Audit.ListAuditEntries;
using Zhixin.Platform.Audit.VerifyAuditChain;
using Zhixin.Platform.Identity;

namespace Zhixin.Platform.Pages.Audit;

/// <summary>The audit log for the audit administrator: newest first, filterable, with the chain check on demand.</summary>
[Authorize(Policy = Policies.AuditRead)]
internal sealed class AuditLogModel(ListAuditEntriesHandler list, VerifyAuditChainHandler verify) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "entity")]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true, Name = "actor")]
    public string? Actor { get; set; }

    public string PageUrl(int page) => Url.Page(null, new { p = page, kind = Action, entity = EntityType, actor = Actor })!;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AuditPage Entries { get; private set; } = new([], 0, 1, 50);

    public VerifyAuditChainResponse? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await list.HandleAsync(new ListAuditEntriesRequest(Action, EntityType, null, Actor, PageNumber), cancellationToken);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        Verification = await verify.HandleAsync(null, cancellationToken);
        Entries = await list.HandleAsync(new ListAuditEntriesRequest(Page: 1), cancellationToken);
        return Page();
    }
}
