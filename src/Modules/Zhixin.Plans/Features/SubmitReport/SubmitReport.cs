using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Web;
using Zhixin.Plans.Data;
using Zhixin.Plans.Domain;

namespace Zhixin.Plans.Features.SubmitReport;

internal sealed record ReportFile(string FileName, string ContentType, byte[] Content);

/// <summary>A department's progress report on one task for one reporting period.</summary>
internal sealed record SubmitReportRequest(string? DepartmentCode, string? PeriodKey, string? Text, int? Percent, IReadOnlyList<ReportFile> Files);

internal sealed class SubmitReportHandler(PlansDbContext db, DepartmentNames departments, TimeProvider clock)
{
    public const int MaxTextLength = 4000;
    public const int MaxFiles = 5;
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public async Task<Outcome<Guid>> HandleAsync(Guid taskId, SubmitReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var task = await db.Tasks.Include(t => t.Assignments).FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null)
        {
            return Failure.NotFound();
        }

        var plan = await db.Plans.AsNoTracking().FirstAsync(p => p.Id == task.PlanId, cancellationToken);
        var reporting = await departments.ReportingAsync(cancellationToken);
        var allowed = ReportAccess.MayReportFor(db.Caller, plan, task, reporting);
        if (allowed.Count == 0)
        {
            return Failure.Forbidden(PlansText.Get("Report.NotYourTask"));
        }

        var errors = new FieldErrors();
        var department = request.DepartmentCode?.Trim();
        if (string.IsNullOrEmpty(department) && allowed.Count == 1)
        {
            department = allowed[0];
        }

        if (string.IsNullOrEmpty(department))
        {
            errors.Add("departmentCode", PlansText.Format("Field.Required", PlansText.Get("Field.departmentCode")));
        }
        else if (!allowed.Contains(department, StringComparer.Ordinal))
        {
            return Failure.Forbidden(PlansText.Format("Report.NotThatDepartment", department));
        }

        var period = PlanSchedule.Periods(plan).FirstOrDefault(p => p.Key == request.PeriodKey?.Trim());
        if (period is null)
        {
            errors.Add("periodKey", PlansText.Format("Report.UnknownPeriod", request.PeriodKey ?? ""));
        }

        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add("text", PlansText.Format("Field.Required", PlansText.Get("Field.text")));
        }
        else if (text.Length > MaxTextLength)
        {
            errors.Add("text", PlansText.Format("Field.TooLong", PlansText.Get("Field.text"), MaxTextLength));
        }

        if (request.Percent is not { } percent)
        {
            errors.Add("percent", PlansText.Format("Field.Required", PlansText.Get("Field.percent")));
            percent = 0;
        }
        else if (percent is < 0 or > 100)
        {
            errors.Add("percent", PlansText.Get("Report.PercentRange"));
        }

        CheckFiles(request.Files, errors);
        if (!errors.IsEmpty)
        {
            return errors;
        }

        var report = new ProgressReport
        {
            Id = Guid.CreateVersion7(),
            PlanId = plan.Id,
            TaskId = task.Id,
            DepartmentCode = department!,
            PeriodKey = period!.Key,
            DueOn = period.DueOn,
            Text = text!,
            Percent = percent,
            SubmittedAt = clock.GetUtcNow(),
            SubmittedBy = db.Caller.Name,
            RegionCode = plan.RegionCode,
        };
        foreach (var file in request.Files)
        {
            report.Attachments.Add(new ReportAttachment
            {
                Id = Guid.CreateVersion7(),
                ReportId = report.Id,
                FileName = Path.GetFileName(file.FileName),
                ContentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType,
                Length = file.Content.LongLength,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)),
                Content = file.Content,
            });
        }

        db.Reports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return report.Id;
    }

    private static void CheckFiles(IReadOnlyList<ReportFile> files, FieldErrors errors)
    {
        if (files.Count > MaxFiles)
        {
            errors.Add("files", PlansText.Format("Report.TooManyFiles", MaxFiles));
        }

        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName);
            if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
            {
                errors.Add("files", PlansText.Format("Report.BadFileName", file.FileName));
            }
            else if (file.Content.LongLength == 0)
            {
                errors.Add("files", PlansText.Format("Report.EmptyFile", name));
            }
            else if (file.Content.LongLength > MaxFileBytes)
            {
                errors.Add("files", PlansText.Format("Report.FileTooLarge", name, MaxFileBytes / 1024 / 1024));
            }
        }
    }
}

internal static class SubmitReportEndpoint
{
    public static async Task<Results<Created<ReportCreated>, ProblemHttpResult>> HandleAsync(
        Guid id, HttpRequest http, SubmitReportHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.HasFormContentType)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, detail: PlansText.Get("Report.FormExpected"));
        }

        var form = await http.ReadFormAsync(cancellationToken);
        var files = new List<ReportFile>();
        foreach (var file in form.Files)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            files.Add(new ReportFile(file.FileName, file.ContentType, content.ToArray()));
        }

        int? percent = int.TryParse(form["percent"], System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : null;
        var outcome = await handler.HandleAsync(id, new SubmitReportRequest(form["departmentCode"], form["periodKey"], form["text"], percent, files), cancellationToken);
        return outcome.IsSuccess
            ? TypedResults.Created(PlansRoutes.ApiTask(id), new ReportCreated(outcome.Value))
            : outcome.ToProblem();
    }
}

internal sealed record ReportCreated(Guid Id);
