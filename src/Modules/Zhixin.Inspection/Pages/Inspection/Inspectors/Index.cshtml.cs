using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Features.AddInspector;
using Zhixin.Inspection.Features.ListInspectors;
using Zhixin.Inspection.Features.SetInspectorActive;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Pages.Inspection.Inspectors;

/// <summary>The add form; its properties are named as the API request's fields, so the handler's errors land beside them.</summary>
internal sealed class InspectorInput
{
    public string? Name { get; set; }

    public string? BadgeNumber { get; set; }

    public string? RegionCode { get; set; }

    public string? DepartmentName { get; set; }
}

/// <summary>
/// 执法检查人员名录: the roster in the caller's scope through <see cref="ListInspectorsHandler"/>, with filters whose rows
/// htmx swaps in (the Rows handler), an add form and a button per row that takes an inspector out of the draw pools or
/// back in, for officials who may write.
/// </summary>
[Authorize(Policy = Policies.InspectionRead)]
internal sealed class InspectorRosterModel(
    ListInspectorsHandler list,
    AddInspectorHandler add,
    SetInspectorActiveHandler setActive,
    ICallerContext callers,
    IAuthorizationService authorization) : PageModel
{
    public const string RowsTarget = "#inspector-rows";

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Active { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    /// <summary>"p", because Razor Pages keeps the route value "page" for the page's own name.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public InspectorInput Input { get; set; } = new();

    public Page<InspectorView> Results { get; private set; } = new([], 1, ListInspectorsHandler.DefaultPageSize, 0);

    public IReadOnlyList<RegionOption> Regions => InspectionPageSupport.RegionOptions(callers.Current);

    public bool CanWrite { get; private set; }

    public Pager Pager => new(Results.PageNumber, Results.PageCount, Results.Total, ListUrl, RowsUrl, RowsTarget);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.RegionCode = callers.Current.RegionCode;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Response.Headers["HX-Push-Url"] = ListUrl(Results.PageNumber);
        return Partial("_InspectorRows", this);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var outcome = await add.HandleAsync(new AddInspectorRequest(Input.Name, Input.BadgeNumber, Input.RegionCode, Input.DepartmentName), cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = InspectionText.Format("Roster.Added", outcome.Value!.Name, outcome.Value.BadgeNumber);
            return Redirect(InspectionRoutes.Inspectors);
        }

        await LoadAsync(cancellationToken);
        return this.Failed(outcome, typeof(InspectorInput), nameof(Input));
    }

    public async Task<IActionResult> OnPostActiveAsync(Guid inspector, bool active, CancellationToken cancellationToken)
    {
        var outcome = await setActive.HandleAsync(inspector, new SetInspectorActiveRequest(active), cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = InspectionText.Format(active ? "Roster.Activated" : "Roster.Deactivated", outcome.Value!.Name);
            return Redirect(ListUrl(PageNumber));
        }

        await LoadAsync(cancellationToken);
        return this.Failed(outcome, typeof(InspectorInput), nameof(Input));
    }

    public string ListUrl(int page) => InspectionRoutes.Inspectors + QueryString.Create(Filters(page));

    public string RowsUrl(int page) => InspectionRoutes.Inspectors + QueryString.Create([new("handler", "Rows"), .. Filters(page)]);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Results = await list.HandleAsync(new ListInspectorsRequest(Region, Active, Q, PageNumber), cancellationToken);
        CanWrite = await this.MayWriteAsync(authorization, callers.Current);
    }

    private List<KeyValuePair<string, string?>> Filters(int? page)
    {
        var filters = new List<KeyValuePair<string, string?>>
        {
            new("region", Region), new("active", Active switch { true => "true", false => "false", null => null }), new("q", Q),
            new("p", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null),
        };
        return [.. filters.Where(f => !string.IsNullOrWhiteSpace(f.Value))];
    }
}
