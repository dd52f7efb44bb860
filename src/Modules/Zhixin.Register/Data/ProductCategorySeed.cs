using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Data;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Data;

/// <summary>Adds the shipped product categories that are missing; names people changed are kept.</summary>
internal sealed class ProductCategorySeed(RegisterDbContext db) : IReferenceDataSeed
{
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        using var stream = typeof(ProductCategorySeed).Assembly.GetManifestResourceStream("Zhixin.Register.Data.Reference.product-categories.json")
            ?? throw new InvalidOperationException("The embedded product categories are missing.");
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        var existing = await db.ProductCategories.Select(c => c.Code).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        // Parents come before children in the file, and are saved first for the self-reference.
        foreach (var item in document.RootElement.GetProperty("categories").EnumerateArray())
        {
            var code = item.GetProperty("code").GetString()!;
            if (existing.Add(code))
            {
                db.ProductCategories.Add(new ProductCategory
                {
                    Code = code,
                    Name = item.GetProperty("name").GetString()!,
                    ParentCode = item.TryGetProperty("parent", out var parent) ? parent.GetString() : null,
                });
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }
}
