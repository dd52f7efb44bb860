using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Web;
using Zhixin.Register.Data;
using Zhixin.Register.Features.VoidEnterprise;

namespace Zhixin.Register.Features.VoidProduct;

internal sealed class VoidProductHandler(RegisterDbContext db, TimeProvider clock)
{
    public async Task<Outcome<bool>> HandleAsync(Guid id, VoidRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (product is null)
        {
            return Failure.NotFound();
        }

        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return new FieldErrors().Add("reason", RegisterText.Format("Field.Required", RegisterText.Get("Field.voidReason")));
        }

        product.Void(reason, clock.GetUtcNow(), db.Caller.Name);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

internal static class VoidProductEndpoint
{
    public static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Guid id, VoidRequest request, VoidProductHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.NoContent() : outcome.ToProblem();
    }
}
