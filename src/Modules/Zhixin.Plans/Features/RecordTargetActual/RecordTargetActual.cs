using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Web;
using Zhixin.Plans.Data;

namespace Zhixin.Plans.Features.RecordTargetActual;

/// <summary>The actual value of a target, recorded by an official of the plan's jurisdiction with its source (e.g. 统计公报).</summary>
internal sealed record RecordTargetActualRequest(decimal? Actual, string? Source);

internal sealed class RecordTargetActualHandler(PlansDbContext db, TimeProvider clock)
{
    public async Task<Outcome<TargetView>> HandleAsync(Guid targetId, RecordTargetActualRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await db.Targets.FirstOrDefaultAsync(t => t.Id == targetId, cancellationToken);
        if (target is null)
        {
            return Failure.NotFound();
        }

        var plan = await db.Plans.AsNoTracking().FirstAsync(p => p.Id == target.PlanId, cancellationToken);
        if (!ReportAccess.ManagesPlan(db.Caller, plan))
        {
            return Failure.Forbidden(PlansText.Get("Plan.NotYourJurisdiction"));
        }

        if (target.ComputedBy is not null)
        {
            return Failure.Conflict("ComputedIndicatorsAreFilledByThePlatform", PlansText.Format("Target.Computed", target.ComputedBy));
        }

        var errors = new FieldErrors();
        if (request.Actual is not { } actual)
        {
            errors.Add("actual", PlansText.Format("Field.Required", PlansText.Get("Field.actual")));
            actual = 0;
        }
        else if (actual is < -1_000_000_000_000m or > 1_000_000_000_000m)
        {
            errors.Add("actual", PlansText.Get("Target.ActualOutOfRange"));
        }

        var source = request.Source?.Trim();
        if (string.IsNullOrEmpty(source))
        {
            errors.Add("source", PlansText.Format("Field.Required", PlansText.Get("Field.source")));
        }
        else if (source.Length > 200)
        {
            errors.Add("source", PlansText.Format("Field.TooLong", PlansText.Get("Field.source"), 200));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        target.Actual = actual;
        target.ActualSource = source;
        target.ActualRecordedAt = clock.GetUtcNow();
        target.ActualRecordedBy = db.Caller.Name;
        await db.SaveChangesAsync(cancellationToken);
        return TargetViews.From(target);
    }
}

internal static class RecordTargetActualEndpoint
{
    public static async Task<Results<Ok<TargetView>, ProblemHttpResult>> HandleAsync(
        Guid id, RecordTargetActualRequest request, RecordTargetActualHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
