using Microsoft.AspNetCore.Http;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Web;
using Zhixin.Plans.Assessment;
using Zhixin.Plans.Data;
using Zhixin.Plans.Domain;
using Zhixin.Plans.Features.GetAssessment;
using Zhixin.Plans.Features.ManageSchemes;

namespace Zhixin.Plans.Features.RunAssessment;

/// <summary>Assess a plan's departments as of a date (default today) under a scheme (default the shipped one).</summary>
internal sealed record RunAssessmentRequest(DateOnly? AsOf, string? SchemeCode);

/// <summary>
/// Scores every department a plan names (and every local government among them) under the scheme version in
/// force on the assessment date: its reports against their deadlines, the completion it reported, and the plan's
/// targets. The run is stored with each breakdown, so a later change of scheme leaves it as it was.
/// </summary>
internal sealed class RunAssessmentHandler(
    PlansDbContext db, DepartmentNames departments, ManageSchemesHandler schemes, GetAssessmentHandler reader, TimeProvider clock)
{
    public const string DefaultScheme = "zhixin-plan-default";

    public async Task<Outcome<AssessmentRunView>> HandleAsync(Guid planId, RunAssessmentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = await db.Plans.AsNoTracking().Include(p => p.Tasks).ThenInclude(t => t.Assignments).Include(p => p.Targets)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return Failure.NotFound();
        }

        if (!ReportAccess.ManagesPlan(db.Caller, plan))
        {
            return Failure.Forbidden(PlansText.Get("Plan.NotYourJurisdiction"));
        }

        var asOf = request.AsOf ?? PlanSchedule.Today(clock);
        var code = string.IsNullOrWhiteSpace(request.SchemeCode) ? DefaultScheme : request.SchemeCode.Trim();
        var scheme = await schemes.InForceAsync(code, asOf, cancellationToken);
        if (scheme is null)
        {
            return new FieldErrors().Add("schemeCode", PlansText.Format("Assessment.NoScheme", code, asOf));
        }

        var reports = await db.Reports.AsNoTracking().Where(r => r.PlanId == planId).ToListAsync(cancellationToken);
        var periods = PlanSchedule.Periods(plan).Where(p => p.DueOn <= asOf).ToList();
        var reporting = await departments.ReportingAsync(cancellationToken);
        var indicators = plan.Targets.Select(TargetViews.Outcome).ToList();
        var run = new AssessmentRun
        {
            Id = Guid.CreateVersion7(),
            PlanId = plan.Id,
            SchemeCode = scheme.Code,
            SchemeVersion = scheme.Version,
            AsOf = asOf,
            RunAt = clock.GetUtcNow(),
            RunBy = db.Caller.Name,
            RegionCode = plan.RegionCode,
        };
        var assignments = plan.Tasks.SelectMany(t => TaskProgress.Reporters(t.Assignments, reporting).Select(a => (Task: t, Assignment: a)));
        foreach (var group in assignments.GroupBy(x => x.Assignment.DepartmentCode, StringComparer.Ordinal))
        {
            var tasks = group.Select(x => new TaskFacts(
                x.Task.Id.ToString(),
                Role(x.Assignment.Role),
                [.. periods.Select(period => Facts(period, reports.Where(r => r.TaskId == x.Task.Id && r.DepartmentCode == group.Key && r.PeriodKey == period.Key)))]))
                .ToList();
            var score = AssessmentCalculator.Score(scheme, new AssesseeFacts(tasks, indicators, asOf));
            var name = await departments.NameAsync(group.Key, cancellationToken);
            run.Results.Add(new AssessmentResult
            {
                RunId = run.Id,
                DepartmentCode = group.Key,
                DepartmentName = name,
                Kind = IsLocalGovernment(group.Key, name) ? AssesseeKind.LocalGovernment : AssesseeKind.Department,
                Score = score.Total,
                Grade = score.Grade,
                BreakdownJson = JsonSerializer.Serialize(score.Lines, PlanJson.Options),
            });
        }

        db.AssessmentRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return (await reader.HandleAsync(run.Id, cancellationToken)).Value!;
    }

    /// <summary>The report a department filed first for a period counts for timeliness; none filed is an overdue or not-yet-due report.</summary>
    private static ReportFacts Facts(DuePeriod period, IEnumerable<ProgressReport> filed)
    {
        var first = filed.OrderBy(r => r.SubmittedAt).FirstOrDefault();
        var latest = filed.OrderByDescending(r => r.SubmittedAt).FirstOrDefault();
        return new ReportFacts(period.DueOn, first?.SubmittedAt, latest?.Percent);
    }

    private static TaskRole Role(AssignmentRole role) => role switch
    {
        AssignmentRole.Lead => TaskRole.Lead,
        AssignmentRole.Participant => TaskRole.Participant,
        _ => TaskRole.Responsible,
    };

    /// <summary>Governments (人民政府, 政府, 管委会) are assessed as local governments, the rest as departments.</summary>
    internal static bool IsLocalGovernment(string code, string name) =>
        name.EndsWith("人民政府", StringComparison.Ordinal) || name.EndsWith("政府", StringComparison.Ordinal)
        || name.EndsWith("管理委员会", StringComparison.Ordinal) || code.EndsWith(".government", StringComparison.Ordinal);
}

internal static class RunAssessmentEndpoint
{
    public static async Task<Results<Created<AssessmentRunView>, ProblemHttpResult>> HandleAsync(
        Guid id, RunAssessmentRequest request, RunAssessmentHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request ?? new RunAssessmentRequest(null, null), cancellationToken);
        return outcome.IsSuccess ? TypedResults.Created(PlansRoutes.ApiAssessments(id), outcome.Value!) : outcome.ToProblem();
    }
}
