using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Features.ListInspectors;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.SetInspectorActive;

internal sealed record SetInspectorActiveRequest(bool? Active);

/// <summary>
/// Takes an inspector out of the draw pools (on leave, moved, retired) or back in. Draws already published keep the
/// inspectors they listed: the listing is fixed by its hash.
/// </summary>
internal sealed class SetInspectorActiveHandler(InspectionDbContext db)
{
    public async Task<Outcome<InspectorView>> HandleAsync(Guid id, SetInspectorActiveRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inspector = await db.Inspectors.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inspector is null)
        {
            return Failure.NotFound();
        }

        if (!InspectionAccess.Manages(db.Caller, inspector.RegionCode))
        {
            return Failure.Forbidden(InspectionText.Get("Access.NotYourRegion"));
        }

        var errors = new FieldErrors();
        if (Fields.Required(errors, "active", request.Active) is not { } active)
        {
            return errors;
        }

        if (inspector.Active != active)
        {
            inspector.Active = active;
            await db.SaveChangesAsync(cancellationToken);
        }

        return ListInspectorsHandler.View(inspector);
    }
}

internal static class SetInspectorActiveEndpoint
{
    public static async Task<Results<Ok<InspectorView>, ProblemHttpResult>> HandleAsync(
        Guid id, SetInspectorActiveRequest request, SetInspectorActiveHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
