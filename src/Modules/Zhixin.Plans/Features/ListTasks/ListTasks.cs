using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Web;
using Zhixin.Plans.Data;

namespace Zhixin.Plans.Features.ListTasks;

/// <summary>The task board of one plan, filtered by section, department, status, overdue and text.</summary>
internal sealed record ListTasksRequest(
    Guid PlanId,
    string? Section = null,
    string? Department = null,
    TaskStatus? Status = null,
    bool OverdueOnly = false,
    string? Query = null,
    int Page = 1,
    int PageSize = 50);

internal sealed class ListTasksHandler(PlansDbContext db, DepartmentNames departments, TimeProvider clock)
{
    public async Task<Outcome<Page<TaskSummary>>> HandleAsync(ListTasksRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PlanId, cancellationToken);
        if (plan is null)
        {
            return Failure.NotFound();
        }

        var tasks = db.Tasks.AsNoTracking().Include(t => t.Assignments).Where(t => t.PlanId == request.PlanId);
        if (!string.IsNullOrWhiteSpace(request.Section))
        {
            var section = request.Section.Trim();
            tasks = tasks.Where(t => t.SectionNumber == section);
        }

        if (!string.IsNullOrWhiteSpace(request.Department))
        {
            var department = request.Department.Trim();
            tasks = tasks.Where(t => t.Assignments.Any(a => a.DepartmentCode == department));
        }

        if (!string.IsNullOrWhiteSpace(request.Query))
        {
            var text = request.Query.Trim();
            tasks = tasks.Where(t => t.Text.Contains(text) || t.Title.Contains(text));
        }

        var found = await tasks.OrderBy(t => t.Ordinal).ToListAsync(cancellationToken);
        var ids = found.Select(t => t.Id).ToList();
        var reports = (await db.Reports.AsNoTracking().Where(r => r.PlanId == request.PlanId).ToListAsync(cancellationToken))
            .Where(r => ids.Contains(r.TaskId)).ToLookup(r => r.TaskId);
        var periods = PlanSchedule.Periods(plan);
        var reporting = await departments.ReportingAsync(cancellationToken);
        var today = PlanSchedule.Today(clock);

        var rows = new List<TaskSummary>(found.Count);
        foreach (var task in found)
        {
            var (percent, status, overdue) = TaskProgress.Of(task.Assignments, [.. reports[task.Id]], periods, reporting, today);
            if ((request.Status is { } wanted && wanted != status) || (request.OverdueOnly && !overdue))
            {
                continue;
            }

            var views = new List<AssignmentView>(task.Assignments.Count);
            foreach (var assignment in task.Assignments.OrderBy(a => a.Ordinal))
            {
                views.Add(await departments.ViewAsync(assignment, cancellationToken));
            }

            rows.Add(new TaskSummary(task.Id, task.Ordinal, task.SectionNumber, task.Number, task.Title, views, percent, status, overdue));
        }

        var pageSize = Math.Clamp(request.PageSize, 1, 200);
        var pageNumber = Math.Max(1, request.Page);
        return new Page<TaskSummary>([.. rows.Skip((pageNumber - 1) * pageSize).Take(pageSize)], pageNumber, pageSize, rows.Count);
    }
}

internal sealed record ListTasksQuery(string? Section, string? Department, TaskStatus? Status, bool? Overdue, string? Q, int? Page, int? PageSize);

internal static class ListTasksEndpoint
{
    public static async Task<Results<Ok<Page<TaskSummary>>, ProblemHttpResult>> HandleAsync(
        Guid id, [AsParameters] ListTasksQuery query, ListTasksHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(
            new ListTasksRequest(id, query.Section, query.Department, query.Status, query.Overdue ?? false, query.Q, query.Page ?? 1, query.PageSize ?? 50),
            cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
