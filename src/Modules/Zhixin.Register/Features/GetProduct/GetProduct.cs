using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Web;
using Zhixin.Register.Data;

namespace Zhixin.Register.Features.GetProduct;

internal sealed class GetProductHandler(RegisterDbContext db)
{
    public async Task<Outcome<ProductResponse>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await (
                from p in db.Products.AsNoTracking()
                join c in db.ProductCategories on p.CategoryCode equals c.Code
                join e in db.Enterprises on p.ProducerId equals e.Id
                where p.Id == id
                select new { Product = p, Category = c.Name, Producer = e.Name })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? Failure.NotFound() : row.Product.ToResponse(row.Category, row.Producer);
    }
}

internal static class GetProductEndpoint
{
    public static async Task<Results<Ok<ProductResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, GetProductHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
