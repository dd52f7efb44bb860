using Zhixin.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhixin.Plans.Features.ImportPlan;

/// <summary>POST the document as the request body (any text encoding the importer detects); ?dryRun=true previews only.</summary>
internal static class ImportPlanEndpoint
{
    public static async Task<Results<Ok<PlanPreview>, Created<PlanPreview>, ProblemHttpResult>> HandleAsync(
        HttpRequest http, string? fileName, bool? dryRun, ImportPlanHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var body = new MemoryStream();
        await http.Body.CopyToAsync(body, cancellationToken);
        var name = string.IsNullOrWhiteSpace(fileName) ? "plan.txt" : fileName;
        var outcome = await handler.HandleAsync(new ImportPlanRequest(name, body.ToArray(), dryRun ?? false), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return outcome.ToProblem();
        }

        var preview = outcome.Value!;
        return preview.PlanId is { } id ? TypedResults.Created(PlansRoutes.ApiPlan(id), preview) : TypedResults.Ok(preview);
    }
}
