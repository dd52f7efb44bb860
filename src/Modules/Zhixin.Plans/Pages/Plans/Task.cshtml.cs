using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Plans.Features;
using Zhixin.Plans.Features.GetTask;
using Zhixin.Plans.Features.SubmitReport;

namespace Zhixin.Plans.Pages.Plans;

/// <summary>A progress report as the form on the task page sends it; the names are those the handler gives its errors.</summary>
internal sealed class ReportInput
{
    public string? DepartmentCode { get; set; }

    public string? PeriodKey { get; set; }

    public string? Text { get; set; }

    public int? Percent { get; set; }

    public IReadOnlyList<IFormFile> Files { get; set; } = [];
}

/// <summary>
/// One task: its text and departments, each department's standing per reporting period, the reports the caller
/// may see and the reminders sent; and, for a caller who may report on it, the progress report form.
/// </summary>
[Authorize(Policy = Policies.PlansRead)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
internal sealed class PlanTaskModel(GetTaskHandler get, SubmitReportHandler submit, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public const long MaxRequestBytes = SubmitReportHandler.MaxFiles * SubmitReportHandler.MaxFileBytes + 1_000_000;

    [BindProperty]
    public ReportInput Input { get; set; } = new();

    public TaskDetails Details { get; private set; } = null!;

    /// <summary>The departments the caller may report for, with their names; empty hides the form.</summary>
    public IReadOnlyList<(string Code, string Name)> Reporters { get; private set; } = [];

    public static int MaxFiles => SubmitReportHandler.MaxFiles;

    public static long MaxFileMegabytes => SubmitReportHandler.MaxFileBytes / 1024 / 1024;

    public static int MaxTextLength => SubmitReportHandler.MaxTextLength;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.DepartmentCode = Reporters.Count == 1 ? Reporters[0].Code : null;
        Input.PeriodKey = CurrentPeriod();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await this.MayAsync(authorization, Policies.PlansReport))
        {
            return Forbid();
        }

        if (ModelState.ReplaceUnboundValue($"{nameof(Input)}.{nameof(ReportInput.Percent)}", PlansText.Get("Report.PercentRange")))
        {
            return await RerenderAsync(id, StatusCodes.Status400BadRequest, cancellationToken);
        }

        var files = new List<ReportFile>(Input.Files.Count);
        foreach (var file in Input.Files)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            files.Add(new ReportFile(file.FileName, file.ContentType, content.ToArray()));
        }

        var outcome = await submit.HandleAsync(id, new SubmitReportRequest(Input.DepartmentCode, Input.PeriodKey, Input.Text, Input.Percent, files), cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = PlansText.Get("Page.ReportSubmitted");
            return Redirect(PlansRoutes.Task(id) + "#reports");
        }

        var failed = this.Failed(outcome, typeof(ReportInput), nameof(Input));
        return failed is PageResult ? await RerenderAsync(id, Response.StatusCode, cancellationToken) : failed;
    }

    /// <summary>The label of a period key, for reports and reminders that carry only the key.</summary>
    public string PeriodLabel(string key) => Details.Periods.FirstOrDefault(p => p.Key == key)?.Label ?? key;

    public string DepartmentName(string code) =>
        Details.Departments.FirstOrDefault(d => d.DepartmentCode == code)?.DepartmentName ?? code;

    private async Task<IActionResult> RerenderAsync(Guid id, int status, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await get.HandleAsync(id, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return false;
        }

        Details = outcome.Value!;
        var mayReport = await this.MayAsync(authorization, Policies.PlansReport);
        Reporters = mayReport ? [.. Details.CallerMayReportFor.Select(code => (code, DepartmentName(code)))] : [];
        return true;
    }

    /// <summary>The first period whose deadline has not passed, else the last one: what a department usually reports on.</summary>
    private string? CurrentPeriod()
    {
        var today = PlanSchedule.Today(clock);
        return (Details.Periods.FirstOrDefault(p => p.DueOn >= today) ?? (Details.Periods.Count > 0 ? Details.Periods[^1] : null))?.Key;
    }
}
