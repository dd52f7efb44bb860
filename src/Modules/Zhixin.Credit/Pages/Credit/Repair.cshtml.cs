using Microsoft.AspNetCore.Authorization;
using Zhixin.Credit.Features.DecideRepair;
using Zhixin.Credit.Features.GetCreditFile;
using Zhixin.Credit.Features.ListRepairs;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>One repair application (信用修复) through <see cref="ListRepairsHandler"/> with its conditions checked today, decided through <see cref="DecideRepairHandler"/>.</summary>
internal sealed class CreditRepairModel(
    ListRepairsHandler get, DecideRepairHandler decide, GetCreditFileHandler files, IAuthorizationService authorization) : CaseDetailModel(files, authorization, CaseKind.Repair)
{
    public RepairView Repair => (RepairView)Case;

    protected override async Task<Outcome<ICaseView>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await get.GetAsync(id, cancellationToken)).Map(r => (ICaseView)r);

    protected override async Task<Outcome<ICaseView>> DecideAsync(Guid id, DecideInput input, CancellationToken cancellationToken) =>
        (await decide.HandleAsync(id, new DecideRepairRequest(input.Outcome, input.Reasons), cancellationToken)).Map(d => (ICaseView)d.Repair);
}
