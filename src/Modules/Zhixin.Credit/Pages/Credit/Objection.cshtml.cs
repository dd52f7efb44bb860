using Microsoft.AspNetCore.Authorization;
using Zhixin.Credit.Features.DecideObjection;
using Zhixin.Credit.Features.GetCreditFile;
using Zhixin.Credit.Features.ListObjections;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>One objection (异议) through <see cref="ListObjectionsHandler"/>, decided through <see cref="DecideObjectionHandler"/>.</summary>
internal sealed class CreditObjectionModel(
    ListObjectionsHandler get, DecideObjectionHandler decide, GetCreditFileHandler files, IAuthorizationService authorization) : CaseDetailModel(files, authorization, CaseKind.Objection)
{
    public ObjectionView Objection => (ObjectionView)Case;

    protected override async Task<Outcome<ICaseView>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await get.GetAsync(id, cancellationToken)).Map(o => (ICaseView)o);

    protected override async Task<Outcome<ICaseView>> DecideAsync(Guid id, DecideInput input, CancellationToken cancellationToken) =>
        (await decide.HandleAsync(id, new DecideObjectionRequest(input.Outcome, input.Reasons), cancellationToken)).Map(d => (ICaseView)d.Objection);
}
