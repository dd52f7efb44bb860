using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Web;
using Zhixin.Register.Data;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Features.UpdateProduct;

/// <summary>The GTIN is the product's identity and does not change; everything else may.</summary>
internal sealed record UpdateProductRequest(
    int Revision,
    string? Name,
    string? CategoryCode,
    string? ProducerCreditCode,
    string? Brand = null,
    string? Specification = null);

internal sealed class UpdateProductHandler(RegisterDbContext db, TimeProvider clock)
{
    public async Task<Outcome<ProductResponse>> HandleAsync(Guid id, UpdateProductRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (product is null)
        {
            return Failure.NotFound();
        }

        var errors = new FieldErrors();
        var validated = await new ProductFields(request.Name, request.Brand, request.Specification, request.CategoryCode, request.ProducerCreditCode)
            .ValidateAsync(db, errors, cancellationToken);
        if (validated is null)
        {
            return errors;
        }

        if (product.Revision != request.Revision)
        {
            return Failure.Conflict(UpdateEnterprise.UpdateEnterpriseHandler.RecordChangedSinceRead,
                RegisterText.Format("Record.ChangedSinceRead", product.Revision, product.UpdatedBy));
        }

        var (details, producer) = validated.Value;
        product.Update(details, producer, clock.GetUtcNow(), db.Caller.Name);
        await db.SaveChangesAsync(cancellationToken);
        var category = await db.ProductCategories.AsNoTracking().Where(c => c.Code == product.CategoryCode).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        return product.ToResponse(category, producer.Name);
    }
}

internal static class UpdateProductEndpoint
{
    public static async Task<Results<Ok<ProductResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, UpdateProductRequest request, UpdateProductHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
