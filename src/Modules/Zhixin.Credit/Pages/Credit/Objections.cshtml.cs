using Zhixin.Credit.Features.ListObjections;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>异议处理: the objections in the caller's scope through <see cref="ListObjectionsHandler"/>, a regulator's work queue.</summary>
internal sealed class CreditObjectionsModel(ListObjectionsHandler list, ICallerContext caller) : CaseQueueModel(caller, CaseKind.Objection)
{
    protected override async Task<Outcome<CaseQueuePage>> ListAsync(int page, CancellationToken cancellationToken) =>
        (await list.HandleAsync(new ListObjectionsRequest(Status, Target, Region, Q, null, page, PageSize, Overdue ? true : null), cancellationToken))
            .Map(r => new CaseQueuePage(r.Total, r.Page, r.PageSize, r.Items, r.ByStatus, r.Overdue));
}
