using Zhixin.Credit.Features.ListRepairs;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>信用修复: the repair applications in the caller's scope through <see cref="ListRepairsHandler"/>, a regulator's work queue.</summary>
internal sealed class CreditRepairsModel(ListRepairsHandler list, ICallerContext caller) : CaseQueueModel(caller, CaseKind.Repair)
{
    protected override async Task<Outcome<CaseQueuePage>> ListAsync(int page, CancellationToken cancellationToken) =>
        (await list.HandleAsync(new ListRepairsRequest(Status, Target, Region, Q, null, page, PageSize, Overdue ? true : null), cancellationToken))
            .Map(r => new CaseQueuePage(r.Total, r.Page, r.PageSize, r.Items, r.ByStatus, r.Overdue));
}
