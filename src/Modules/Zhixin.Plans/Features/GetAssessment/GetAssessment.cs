using Microsoft.AspNetCore.Http;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Web;
using Zhixin.Plans.Assessment;
using Zhixin.Plans.Data;
using Zhixin.Plans.Domain;

namespace Zhixin.Plans.Features.GetAssessment;

internal sealed record AssessmentResultView(string DepartmentCode, string DepartmentName, AssesseeKind Kind, decimal? Score, string? Grade, IReadOnlyList<LineScore> Lines);

internal sealed record AssessmentRunView(
    Guid Id, Guid PlanId, string SchemeCode, int SchemeVersion, DateOnly AsOf, DateTimeOffset RunAt, string RunBy, IReadOnlyList<AssessmentResultView> Results);

/// <summary>An assessment run with every assessee's score, grade and line-by-line breakdown, best first; or a plan's latest run.</summary>
internal sealed class GetAssessmentHandler(PlansDbContext db)
{
    public async Task<Outcome<AssessmentRunView>> HandleAsync(Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.AssessmentRuns.AsNoTracking().Include(r => r.Results).FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return run is null ? Failure.NotFound() : View(run);
    }

    public async Task<Outcome<AssessmentRunView>> LatestAsync(Guid planId, CancellationToken cancellationToken)
    {
        var run = await db.AssessmentRuns.AsNoTracking().Include(r => r.Results)
            .Where(r => r.PlanId == planId).OrderByDescending(r => r.RunAt).FirstOrDefaultAsync(cancellationToken);
        return run is null ? Failure.NotFound(PlansText.Get("Assessment.NoRun")) : View(run);
    }

    private static AssessmentRunView View(AssessmentRun run) => new(
        run.Id, run.PlanId, run.SchemeCode, run.SchemeVersion, run.AsOf, run.RunAt, run.RunBy,
        [.. run.Results
            .OrderByDescending(r => r.Score.HasValue).ThenByDescending(r => r.Score).ThenBy(r => r.DepartmentCode, StringComparer.Ordinal)
            .Select(r => new AssessmentResultView(r.DepartmentCode, r.DepartmentName, r.Kind, r.Score, r.Grade,
                JsonSerializer.Deserialize<List<LineScore>>(r.BreakdownJson, PlanJson.Options) ?? []))]);
}

internal static class GetAssessmentEndpoint
{
    public static async Task<Results<Ok<AssessmentRunView>, ProblemHttpResult>> LatestAsync(Guid id, GetAssessmentHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.LatestAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
