using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Web;
using Zhixin.Register.Data;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Features.CreateProduct;

internal sealed record CreateProductRequest(
    string? Gtin,
    string? Name,
    string? CategoryCode,
    string? ProducerCreditCode,
    string? Brand = null,
    string? Specification = null);

internal sealed class CreateProductHandler(RegisterDbContext db, TimeProvider clock)
{
    public const string GtinIsUnique = nameof(GtinIsUnique);

    public async Task<Outcome<ProductResponse>> HandleAsync(CreateProductRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var gtin = errors.Check("gtin", Gtin.Parse(request.Gtin));
        var validated = await new ProductFields(request.Name, request.Brand, request.Specification, request.CategoryCode, request.ProducerCreditCode)
            .ValidateAsync(db, errors, cancellationToken);
        if (gtin is null || validated is null)
        {
            return errors;
        }

        var value = gtin.Value.Value;
        if (await db.Products.IgnoreQueryFilters().AnyAsync(p => p.Gtin == value, cancellationToken))
        {
            return Failure.Conflict(GtinIsUnique, RegisterText.Format("Product.GtinExists", gtin.Value.Display));
        }

        var (details, producer) = validated.Value;
        var product = Product.Register(gtin.Value, details, producer, clock.GetUtcNow(), db.Caller.Name);
        db.Products.Add(product);
        await db.SaveChangesAsync(cancellationToken);
        var category = await db.ProductCategories.AsNoTracking().Where(c => c.Code == product.CategoryCode).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        return product.ToResponse(category, producer.Name);
    }
}

internal static class CreateProductEndpoint
{
    public static async Task<Results<Created<ProductResponse>, ProblemHttpResult>> HandleAsync(
        CreateProductRequest request, CreateProductHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Created(RegisterRoutes.ApiProduct(outcome.Value!.Id), outcome.Value) : outcome.ToProblem();
    }
}
