using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Web;
using Zhixin.Register.Data;

namespace Zhixin.Register.Features.VoidEnterprise;

internal sealed record VoidRequest(string? Reason);

/// <summary>Voids a record entered in error: it leaves every list but stays in the database and the audit log.</summary>
internal sealed class VoidEnterpriseHandler(RegisterDbContext db, TimeProvider clock)
{
    public const string EnterpriseWithProductsCannotBeVoided = nameof(EnterpriseWithProductsCannotBeVoided);

    public async Task<Outcome<bool>> HandleAsync(Guid id, VoidRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enterprise is null)
        {
            return Failure.NotFound();
        }

        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return new FieldErrors().Add("reason", RegisterText.Format("Field.Required", RegisterText.Get("Field.voidReason")));
        }

        if (await db.Products.AnyAsync(p => p.ProducerId == id, cancellationToken))
        {
            return Failure.Conflict(EnterpriseWithProductsCannotBeVoided, RegisterText.Get("Enterprise.HasProducts"));
        }

        enterprise.Void(reason, clock.GetUtcNow(), db.Caller.Name);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

internal static class VoidEnterpriseEndpoint
{
    public static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Guid id, VoidRequest request, VoidEnterpriseHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.NoContent() : outcome.ToProblem();
    }
}
