using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Web;
using Zhixin.Plans.Data;
using Zhixin.Plans.Domain;
using Zhixin.Plans.Features.ListPlans;
using Zhixin.Plans.Import.Parsing;

namespace Zhixin.Plans.Features.GetPlan;

/// <summary>One plan: its sections, targets with their results, the departments it names and how its tasks stand.</summary>
internal sealed class GetPlanHandler(PlansDbContext db, DepartmentNames departments, TimeProvider clock)
{
    public async Task<Outcome<PlanDetails>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking()
            .Include(p => p.Sections).Include(p => p.Targets).Include(p => p.Tasks).ThenInclude(t => t.Assignments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return Failure.NotFound();
        }

        var reports = await db.Reports.AsNoTracking().Where(r => r.PlanId == id).ToListAsync(cancellationToken);
        var byTask = reports.ToLookup(r => r.TaskId);
        var periods = PlanSchedule.Periods(plan);
        var reporting = await departments.ReportingAsync(cancellationToken);
        var today = PlanSchedule.Today(clock);
        var progress = plan.Tasks.Select(t => TaskProgress.Of(t.Assignments, [.. byTask[t.Id]], periods, reporting, today)).ToList();

        var summary = new PlanSummary(plan.Id, plan.Title, plan.DocumentNumber, plan.Issuer, plan.IssuedOn, plan.RegionCode,
            ListPlansHandler.RegionName(plan.RegionCode), plan.Sections.Count, plan.Tasks.Count, plan.ImportedAt);
        var sections = plan.Sections.OrderBy(s => s.Ordinal)
            .Select(s => new SectionView(s.Number, s.Title, plan.Tasks.Count(t => t.SectionNumber == s.Number)))
            .ToList();
        var departmentViews = new List<PlanDepartmentView>();
        foreach (var group in plan.Tasks.SelectMany(t => t.Assignments).GroupBy(a => a.DepartmentCode, StringComparer.Ordinal))
        {
            var view = await departments.ViewAsync(group.First(), cancellationToken);
            departmentViews.Add(new PlanDepartmentView(group.Key, view.DepartmentName, view.NeedsReview,
                group.Count(a => a.Role == AssignmentRole.Lead),
                group.Count(a => a.Role == AssignmentRole.Participant),
                group.Count(a => a.Role == AssignmentRole.Responsible)));
        }

        return new PlanDetails(
            summary,
            plan.StartsOn,
            plan.EndsOn,
            sections,
            [.. plan.Targets.OrderBy(t => t.Ordinal).Select(TargetViews.From)],
            [.. departmentViews.OrderByDescending(d => d.Lead + d.Responsible + d.Participant).ThenBy(d => d.Code, StringComparer.Ordinal)],
            [.. periods.Select(p => new PeriodView(p.Key, p.Label, p.DueOn))],
            Warnings(plan.WarningsJson),
            progress.Count(p => p.Status == TaskStatus.Completed),
            progress.Count(p => p.Overdue));
    }

    internal static IReadOnlyList<WarningView> Warnings(string json) =>
        Warnings(JsonSerializer.Deserialize<List<ParseWarning>>(json, PlanJson.Options) ?? []);

    internal static IReadOnlyList<WarningView> Warnings(IEnumerable<ParseWarning> warnings) =>
        [.. warnings.Select(w => new WarningView(w.Line, w.Kind.ToString(), PlansText.Get("Warning." + w.Kind), w.Excerpt))];
}

internal static class GetPlanEndpoint
{
    public static async Task<Results<Ok<PlanDetails>, ProblemHttpResult>> HandleAsync(Guid id, GetPlanHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
