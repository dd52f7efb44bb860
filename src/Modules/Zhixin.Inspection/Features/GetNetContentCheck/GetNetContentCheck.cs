using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.GetNetContentCheck;

/// <summary>One net-content check with its measurements and the whole calculation as stored (in the caller's scope).</summary>
internal sealed class GetNetContentCheckHandler(InspectionDbContext db)
{
    public async Task<Outcome<NetContentCheckDetail>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var check = await db.NetContentChecks.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return check is null ? Failure.NotFound() : NetContentViews.Detail(check);
    }
}

internal static class GetNetContentCheckEndpoint
{
    public static async Task<Results<Ok<NetContentCheckDetail>, ProblemHttpResult>> HandleAsync(
        Guid id, GetNetContentCheckHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
