using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.ListNetContentChecks;
using Zhixin.Platform.Identity;

namespace Zhixin.Inspection.Pages.Inspection.NetContent;

/// <summary>净含量检验: the checks in the caller's scope through <see cref="ListNetContentChecksHandler"/>, filtered and paged.</summary>
[Authorize(Policy = Policies.InspectionRead)]
internal sealed class NetContentListModel(ListNetContentChecksHandler list, IAuthorizationService authorization)
    : ListPageModel<NetContentCheckSummary>(InspectionRoutes.NetContent, RowsTarget)
{
    public const string RowsTarget = "#check-rows";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public Verdict? Verdict { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Results = await SearchAsync(cancellationToken);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.InspectionWrite)).Succeeded;
    }

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken)
    {
        Results = await SearchAsync(cancellationToken);
        return Rows("_CheckRows");
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Filters() =>
        [new("q", Q), new("verdict", Verdict?.ToString()), new("region", Region), new("year", Year?.ToString(CultureInfo.InvariantCulture))];

    private Task<Zhixin.Platform.Web.Page<NetContentCheckSummary>> SearchAsync(CancellationToken cancellationToken) =>
        list.HandleAsync(new ListNetContentChecksRequest(Q, Verdict, Region?.Trim(), Year, null, PageNumber, PageSize), cancellationToken);
}
