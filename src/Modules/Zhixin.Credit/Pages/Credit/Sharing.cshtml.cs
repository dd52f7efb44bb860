using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Features.ManageSharingGrants;
using Zhixin.Platform.Departments;
using Zhixin.Platform.Departments.ListDepartments;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>A grant as the issue form sends it; the names are those the handler gives its errors.</summary>
internal sealed class GrantInput
{
    public string? DepartmentCode { get; set; }

    public string? RegionCode { get; set; }

    public List<string> Scopes { get; set; } = [];

    public DateOnly? ExpiresOn { get; set; }

    public string? Purpose { get; set; }
}

/// <summary>
/// 信息共享授权: the grants of other departments whose region lies in the caller's, through
/// <see cref="ListSharingGrantsHandler"/> (filtered by department and status, paged), and the form that issues one through
/// <see cref="IssueSharingGrantHandler"/>, both the API's handlers under the API's policy.
/// </summary>
[Authorize(Policy = Policies.CreditShareAdminister)]
internal sealed class CreditSharingModel(
    ListSharingGrantsHandler list, IssueSharingGrantHandler issue, IDepartmentDirectory departments, ICallerContext caller, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;
    public const string RowsTarget = "#grant-rows";

    [BindProperty(SupportsGet = true)]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary>"p", because Razor Pages keeps the route value "page" for the page's own name.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public GrantInput Input { get; set; } = new();

    public ListSharingGrantsResponse Results { get; private set; } = new([], 0, 1, PageSize);

    /// <summary>The departments a grant can be issued to, grouped by the region that keeps them (generic entries are not departments).</summary>
    public IReadOnlyList<IGrouping<string, DepartmentResponse>> Departments { get; private set; } = [];

    /// <summary>The grant just issued and its token: set only in the answer to the issue form's post, never stored.</summary>
    public IssueSharingGrantResponse? Issued { get; private set; }

    /// <summary>The issue form starts open after a failed post, so its messages are seen.</summary>
    public bool IssueFailed { get; private set; }

    public string? CallerRegion => IssueSharingGrantHandler.IssuerScope(caller.Current) is null ? null : caller.Current.RegionCode;

    public Pager Pager => new(Results.Page, Math.Max(1, (int)Math.Ceiling(Results.Total / (double)Results.PageSize)), Results.Total, ListUrl, RowsUrl, RowsTarget);

    public string ListUrl(int page) => CreditRoutes.Sharing + QueryString.Create(Query(page));

    public string RowsUrl(int page) => CreditRoutes.Sharing + QueryString.Create([new("handler", "Rows"), .. Query(page)]);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Input = new GrantInput { RegionCode = CallerRegion, ExpiresOn = ChinaTime.Today(clock).AddYears(1) };
        return await LoadAsync(cancellationToken) ? Page() : Status400();
    }

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken cancellationToken)
    {
        if (!await SearchAsync(cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Response.Headers["HX-Push-Url"] = ListUrl(Results.Page);
        return Partial("_SharingRows", this);
    }

    /// <summary>
    /// Issues the grant and shows its token in this answer and nowhere else. The token is not put in a redirect's address
    /// (it would stay in the history, logs and Referer headers) nor in TempData (even the encrypted cookie would carry the
    /// secret to the browser's cookie store and back); it exists only in this response body, which antiforgery marks
    /// no-store like every page with a form, so no cache keeps it. Reloading the answer asks the browser to post again,
    /// which issues a second grant that the list shows and that can be revoked: a smaller risk than a token kept anywhere.
    /// </summary>
    public async Task<IActionResult> OnPostIssueAsync(CancellationToken cancellationToken)
    {
        IssueFailed = true;
        if (ModelState.ReplaceUnboundValues(nameof(Input)))
        {
            await LoadAsync(cancellationToken);
            return Status400();
        }

        var outcome = await issue.HandleAsync(
            new IssueSharingGrantRequest(Input.DepartmentCode, Input.RegionCode, Input.Scopes, Input.ExpiresOn, Input.Purpose), cancellationToken);
        await LoadAsync(cancellationToken);
        if (!outcome.IsSuccess)
        {
            return this.Failed(outcome, typeof(GrantInput), nameof(Input));
        }

        IssueFailed = false;
        Issued = outcome.Value!;
        Input = new GrantInput { RegionCode = CallerRegion, ExpiresOn = ChinaTime.Today(clock).AddYears(1) };
        ModelState.Clear();
        return Page();
    }

    private PageResult Status400()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var all = await departments.ListAsync(cancellationToken);
        var own = CallerRegion ?? "";
        // The issuer's own province and the national bodies first: those are the departments it usually grants to.
        Departments = [.. all.Where(d => !d.IsGeneric && !d.NeedsReview)
            .OrderBy(d => own.StartsWith(d.RegionCode.TrimEnd('0'), StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(d => d.RegionCode, StringComparer.Ordinal).ThenBy(d => d.Code, StringComparer.Ordinal)
            .GroupBy(d => d.RegionCode)];
        return await SearchAsync(cancellationToken);
    }

    private async Task<bool> SearchAsync(CancellationToken cancellationToken)
    {
        var outcome = await list.ListAsync(Department, Status, Math.Max(PageNumber, 1), PageSize, cancellationToken);
        if (!outcome.IsSuccess)
        {
            ModelState.AddFieldErrors(outcome.Errors, GetType());
            return false;
        }

        Results = outcome.Value!;
        return true;
    }

    private List<KeyValuePair<string, string?>> Query(int page) =>
        [.. new KeyValuePair<string, string?>[]
        {
            new("department", Department), new("status", Status),
            new("p", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null),
        }.Where(f => !string.IsNullOrWhiteSpace(f.Value))];
}
