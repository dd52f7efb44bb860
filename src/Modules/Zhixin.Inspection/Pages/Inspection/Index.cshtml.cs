using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Platform.Identity;

namespace Zhixin.Inspection.Pages.Inspection;

/// <summary>监督抽查: where the module's work stands in the caller's scope, and the way through it.</summary>
[Authorize(Policy = Policies.InspectionRead)]
internal sealed class InspectionHomeModel(InspectionDbContext db) : PageModel
{
    public int Plans { get; private set; }

    public int Batches { get; private set; }

    public int Pending { get; private set; }

    public int Failed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Plans = await db.Plans.CountAsync(cancellationToken);
        var counts = await db.Batches.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(g => new { All = g.Count(), Pending = g.Count(b => b.Verdict == null), Failed = g.Count(b => b.Verdict == Verdict.Fail) })
            .FirstOrDefaultAsync(cancellationToken);
        Batches = counts?.All ?? 0;
        Pending = counts?.Pending ?? 0;
        Failed = counts?.Failed ?? 0;
    }
}
