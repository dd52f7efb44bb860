using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Register.Data;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Features.ListReferenceData;

internal sealed record ProductCategoryResponse(string Code, string Name, string? ParentCode);

internal static class ListReferenceDataEndpoint
{
    public static async Task<Ok<List<ProductCategoryResponse>>> CategoriesAsync(RegisterDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.ProductCategories.AsNoTracking().OrderBy(c => c.Code)
            .Select(c => new ProductCategoryResponse(c.Code, c.Name, c.ParentCode)).ToListAsync(cancellationToken));

    public static Ok<IReadOnlyList<IndustrySection>> Industries() => TypedResults.Ok(Domain.Industries.Sections);
}
