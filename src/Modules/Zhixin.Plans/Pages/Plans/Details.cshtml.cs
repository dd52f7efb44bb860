using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;
using Zhixin.Plans.Features;
using Zhixin.Plans.Features.GetPlan;
using Zhixin.Plans.Features.ListTasks;
using Zhixin.Plans.Features.RecordTargetActual;
using Zhixin.Plans.Features.SetSchedule;

namespace Zhixin.Plans.Pages.Plans;

/// <summary>The actual value of one target as the inline form on the plan page sends it.</summary>
internal sealed class TargetActualInput
{
    public decimal? Actual { get; set; }

    public string? Source { get; set; }
}

internal sealed class ScheduleInput
{
    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public string? Kind { get; set; }

    /// <summary>Custom deadlines as month-day, separated by commas or spaces: "07-15, 01-15".</summary>
    public string? Deadlines { get; set; }
}

/// <summary>
/// One plan: its header and counts, a chart of its sections, the task board (filtered rows that htmx swaps in
/// through the Rows handler, which pushes the full-page address), its targets with an inline form for the
/// actual value where the caller runs the plan, its reporting periods, departments and import warnings.
/// </summary>
[Authorize(Policy = Policies.PlansRead)]
internal sealed class PlanDetailsModel(
    GetPlanHandler get,
    ListTasksHandler tasks,
    RecordTargetActualHandler record,
    SetScheduleHandler schedule,
    ICallerContext callers,
    IAuthorizationService authorization) : PageModel
{
    public const string RowsTarget = "#task-rows";

    public const int PageSize = 50;

    /// <summary>The task board asks for at most this many rows at a time (the handler's own limit).</summary>
    private const int ChartPageSize = 200;

    /// <summary>Not started, in progress, completed: grey, blue, green, as the status badges.</summary>
    private static readonly Dictionary<Features.TaskStatus, string> StatusColours = new()
    {
        [Features.TaskStatus.NotStarted] = "#aab3c2",
        [Features.TaskStatus.InProgress] = "#1f5fbf",
        [Features.TaskStatus.Completed] = "#1e7a3c",
    };

    [BindProperty(SupportsGet = true)]
    public string? Section { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true)]
    public Features.TaskStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    /// <summary>"p", because Razor Pages keeps the route value "page" for the page's own name.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public TargetActualInput Input { get; set; } = new();

    [BindProperty]
    public ScheduleInput Schedule { get; set; } = new();

    public Guid Id { get; private set; }

    public PlanDetails Plan { get; private set; } = null!;

    public Page<TaskSummary> Tasks { get; private set; } = new([], 1, PageSize, 0);

    /// <summary>Tasks per section by status as an ECharts option, which the platform's script draws.</summary>
    public string ChartJson { get; private set; } = "{}";

    /// <summary>The caller runs this plan: a regulator of its jurisdiction with the right to write.</summary>
    public bool ManagesPlan { get; private set; }

    /// <summary>The target whose inline form was sent and failed, to show its errors beside it.</summary>
    public Guid? FailedTarget { get; private set; }

    public Pager Pager => new(Tasks.PageNumber, Tasks.PageCount, Tasks.Total, ListUrl, RowsUrl, RowsTarget);

    public bool Filtered => !string.IsNullOrWhiteSpace(Section) || !string.IsNullOrWhiteSpace(Department) || Status is not null || Overdue
        || !string.IsNullOrWhiteSpace(Q);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        return await LoadAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnGetRowsAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        var outcome = await tasks.HandleAsync(BoardRequest(), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return NotFound();
        }

        Tasks = outcome.Value!;
        Response.Headers["HX-Push-Url"] = ListUrl(Tasks.PageNumber);
        return Partial("_TaskRows", this);
    }

    public async Task<IActionResult> OnPostActualAsync(Guid id, Guid target, CancellationToken cancellationToken)
    {
        Id = id;
        if (!await this.MayAsync(authorization, Policies.PlansWrite))
        {
            return Forbid();
        }

        if (ModelState.ReplaceUnboundValue($"{nameof(Input)}.{nameof(TargetActualInput.Actual)}", PlansText.Get("Page.ActualNotANumber")))
        {
            return await FailedActualAsync(target, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var outcome = await record.HandleAsync(target, new RecordTargetActualRequest(Input.Actual, Input.Source), cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = PlansText.Format("Page.ActualRecorded", outcome.Value!.Indicator);
            return Redirect(PlansRoutes.Plan(id) + "#targets");
        }

        // Field errors beside the target's inputs (400), a computed indicator (409) or another jurisdiction (403) above them.
        var failed = this.Failed(outcome, typeof(TargetActualInput), nameof(Input));
        return failed is PageResult ? await FailedActualAsync(target, Response.StatusCode, cancellationToken) : failed;
    }

    public async Task<IActionResult> OnPostScheduleAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        if (!await this.MayAsync(authorization, Policies.PlansWrite))
        {
            return Forbid();
        }

        var deadlines = (Schedule.Deadlines ?? "").Split([',', '，', ' ', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var outcome = await schedule.HandleAsync(id, new SetScheduleRequest(Schedule.StartsOn, Schedule.EndsOn, Schedule.Kind, null, deadlines), cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = PlansText.Get("Page.ScheduleSaved");
            return Redirect(PlansRoutes.Plan(id) + "#schedule");
        }

        var loaded = await LoadAsync(cancellationToken);
        return loaded ?? this.Failed(outcome, typeof(ScheduleInput), nameof(Schedule));
    }

    public string ListUrl(int page) => PlansRoutes.Plan(Id) + QueryString.Create(Filters(page));

    public string RowsUrl(int page) => PlansRoutes.Plan(Id) + QueryString.Create([new("handler", "Rows"), .. Filters(page)]);

    private async Task<IActionResult> FailedActualAsync(Guid target, int status, CancellationToken cancellationToken)
    {
        FailedTarget = target;
        var loaded = await LoadAsync(cancellationToken);
        if (loaded is not null)
        {
            return loaded;
        }

        Response.StatusCode = status;
        return Page();
    }

    /// <summary>Reads the plan, its board and its chart; a result only when the plan does not exist.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var plan = await get.HandleAsync(Id, cancellationToken);
        if (!plan.IsSuccess)
        {
            return NotFound();
        }

        Plan = plan.Value!;
        var board = await tasks.HandleAsync(BoardRequest(), cancellationToken);
        Tasks = board.Value!;
        ChartJson = await ChartAsync(cancellationToken);
        ManagesPlan = ReportAccess.ManagesPlanOf(callers.Current, Plan.Plan.RegionCode) && await this.MayAsync(authorization, Policies.PlansWrite);
        Schedule.StartsOn ??= Plan.StartsOn;
        Schedule.EndsOn ??= Plan.EndsOn;
        return null;
    }

    private ListTasksRequest BoardRequest() => new(Id, Section, Department, Status, Overdue, Q, PageNumber, PageSize);

    /// <summary>Every task of the plan, counted by section and status, with the words the legend shows.</summary>
    private async Task<string> ChartAsync(CancellationToken cancellationToken)
    {
        var all = new List<TaskSummary>();
        for (var page = 1; ; page++)
        {
            var outcome = await tasks.HandleAsync(new ListTasksRequest(Id, Page: page, PageSize: ChartPageSize), cancellationToken);
            all.AddRange(outcome.Value!.Items);
            if (page >= outcome.Value.PageCount)
            {
                break;
            }
        }

        // An ECharts option, drawn by the platform's script: one horizontal bar per section, stacked by status.
        var sections = Plan.Sections.Select(s => s.Number).ToList();
        var chart = new
        {
            animation = false,
            tooltip = new { trigger = "axis", axisPointer = new { type = "shadow" } },
            legend = new { top = 0 },
            grid = new { left = 8, right = 16, top = 32, bottom = 8, containLabel = true },
            xAxis = new { type = "value", minInterval = 1 },
            yAxis = new { type = "category", inverse = true, data = Plan.Sections.Select(s => $"{s.Number}、{s.Title}").ToList(),
                axisLabel = new { width = 240, overflow = "truncate" } },
            series = PlanLabels.Statuses.Select(status => new
            {
                name = PlanLabels.Status(status),
                type = "bar",
                stack = "tasks",
                data = sections.Select(n => all.Count(t => t.SectionNumber == n && t.Status == status)).ToList(),
                itemStyle = new { color = StatusColours[status] },
            }).ToList(),
        };
        return JsonSerializer.Serialize(chart);
    }

    private List<KeyValuePair<string, string?>> Filters(int? page)
    {
        var filters = new List<KeyValuePair<string, string?>>
        {
            new("section", Section), new("department", Department), new("status", Status?.ToString()),
            new("overdue", Overdue ? "true" : null), new("q", Q),
            new("p", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null),
        };
        return [.. filters.Where(f => !string.IsNullOrWhiteSpace(f.Value))];
    }
}
