using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Web;
using Zhixin.Plans.Data;
using Zhixin.Plans.Domain;

namespace Zhixin.Plans.Features.GetTask;

/// <summary>One task: its text, departments, reporting periods with each department's standing, the reports the caller may see, and the reminders sent.</summary>
internal sealed class GetTaskHandler(PlansDbContext db, DepartmentNames departments, TimeProvider clock)
{
    public async Task<Outcome<TaskDetails>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.AsNoTracking().Include(t => t.Assignments).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return Failure.NotFound();
        }

        var plan = await db.Plans.AsNoTracking().FirstAsync(p => p.Id == task.PlanId, cancellationToken);
        var sectionTitle = await db.Sections.AsNoTracking()
            .Where(s => s.PlanId == plan.Id && s.Number == task.SectionNumber).Select(s => s.Title).FirstOrDefaultAsync(cancellationToken);
        var allReports = await db.Reports.AsNoTracking().Include(r => r.Attachments).Where(r => r.TaskId == id)
            .OrderByDescending(r => r.SubmittedAt).ToListAsync(cancellationToken);
        var reminders = await db.Reminders.AsNoTracking().Where(r => r.TaskId == id).OrderByDescending(r => r.SentAt).ToListAsync(cancellationToken);

        var caller = db.Caller;
        var reporting = await departments.ReportingAsync(cancellationToken);
        var periods = PlanSchedule.Periods(plan);
        var today = PlanSchedule.Today(clock);
        var (percent, status, overdue) = TaskProgress.Of(task.Assignments, allReports, periods, reporting, today);
        var visible = allReports.Where(r => ReportAccess.MaySee(caller, plan, task, r)).ToList();

        var assignmentViews = new List<AssignmentView>();
        foreach (var assignment in task.Assignments.OrderBy(a => a.Ordinal))
        {
            assignmentViews.Add(await departments.ViewAsync(assignment, cancellationToken));
        }

        var reporters = TaskProgress.Reporters(task.Assignments, reporting);
        var periodViews = new List<TaskPeriodView>();
        foreach (var period in periods)
        {
            var standings = new List<DepartmentPeriodView>();
            foreach (var reporter in reporters)
            {
                var report = allReports.Where(r => r.DepartmentCode == reporter.DepartmentCode && r.PeriodKey == period.Key)
                    .OrderBy(r => r.SubmittedAt).FirstOrDefault();
                var shown = report is not null && visible.Contains(report) ? report.Id : (Guid?)null;
                standings.Add(new DepartmentPeriodView(reporter.DepartmentCode, await departments.NameAsync(reporter.DepartmentCode, cancellationToken),
                    ReportDeadlines.Standing(period.DueOn, report?.SubmittedAt, today), shown));
            }

            periodViews.Add(new TaskPeriodView(period.Key, period.Label, period.DueOn, standings));
        }

        var reportViews = new List<ReportView>(visible.Count);
        foreach (var report in visible)
        {
            reportViews.Add(new ReportView(report.Id, report.DepartmentCode, await departments.NameAsync(report.DepartmentCode, cancellationToken),
                report.PeriodKey, report.DueOn, report.Text, report.Percent, report.SubmittedAt, report.SubmittedBy,
                ReportDeadlines.IsLate(report.DueOn, report.SubmittedAt),
                [.. report.Attachments.Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.Length))]));
        }

        var mayReportFor = ReportAccess.MayReportFor(caller, plan, task, reporting);
        var reminderViews = reminders
            .Where(r => ReportAccess.ManagesPlan(caller, plan) || r.DepartmentCode == caller.DepartmentCode)
            .Select(r => new ReminderView(r.Id, r.PlanId, r.TaskId, task.Number, task.Title, r.DepartmentCode, r.PeriodKey, r.DueOn, r.SentAt))
            .ToList();

        return new TaskDetails(task.Id, plan.Id, plan.Title, plan.RegionCode, task.SectionNumber, sectionTitle ?? "", task.Number, task.Title,
            task.Text, task.Translation, assignmentViews, percent, status, overdue, periodViews, reportViews, reminderViews, mayReportFor);
    }
}

internal static class GetTaskEndpoint
{
    public static async Task<Results<Ok<TaskDetails>, ProblemHttpResult>> HandleAsync(Guid id, GetTaskHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
