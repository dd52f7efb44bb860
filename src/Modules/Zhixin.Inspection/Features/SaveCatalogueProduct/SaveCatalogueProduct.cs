using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.SaveCatalogueProduct;

internal sealed record SaveCatalogueProductRequest(
    string? CategoryCode, string? CategoryName, string? Name, RiskLevel? RiskLevel, IReadOnlyList<string>? IndustryCodes, IReadOnlyList<string>? TestItems);

/// <summary>Adds a product to an edition or changes one (risk level, producing trades, usual test items); only the issuing region edits its edition.</summary>
internal sealed partial class SaveCatalogueProductHandler(InspectionDbContext db, TimeProvider clock)
{
    public async Task<Outcome<CatalogueProductView>> HandleAsync(
        string editionCode, string productCode, SaveCatalogueProductRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var edition = await db.Editions.FirstOrDefaultAsync(e => e.Code == editionCode, cancellationToken);
        if (edition is null)
        {
            return Failure.NotFound();
        }

        if (!InspectionAccess.Manages(db.Caller, edition.IssuerRegionCode))
        {
            return Failure.Forbidden(InspectionText.Get("Catalogue.NotYourEdition"));
        }

        var errors = new FieldErrors();
        if (!ProductCode().IsMatch(productCode))
        {
            errors.Add("code", InspectionText.Get("Catalogue.ProductCodeFormat"));
        }

        var categoryCode = Fields.Required(errors, "categoryCode", request.CategoryCode, 10);
        var categoryName = Fields.Required(errors, "categoryName", request.CategoryName, 100);
        var name = Fields.Required(errors, "name", request.Name, 100);
        var risk = Fields.Required(errors, "riskLevel", request.RiskLevel);
        if (risk is { } level && !Enum.IsDefined(level))
        {
            errors.Add("riskLevel", InspectionText.Get("Catalogue.RiskLevelInvalid"));
        }

        var industries = (request.IndustryCodes ?? []).Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().ToList();
        foreach (var bad in industries.Where(c => !IndustryPrefix().IsMatch(c)))
        {
            errors.Add("industryCodes", InspectionText.Format("Catalogue.IndustryCodeFormat", bad));
        }

        if (industries.Count == 0)
        {
            errors.Add("industryCodes", InspectionText.Get("Catalogue.IndustryCodesRequired"));
        }

        var items = (request.TestItems ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        var testItems = items.Count == 0 ? null : string.Join('\n', items);
        if (testItems is { Length: > 4000 })
        {
            errors.Add("testItems", InspectionText.Format("Field.TooLong", Fields.Label("testItems"), 4000));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var product = await db.CatalogueProducts.FirstOrDefaultAsync(p => p.EditionId == edition.Id && p.Code == productCode, cancellationToken);
        if (product is null)
        {
            product = new CatalogueProduct
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                EditionId = edition.Id,
                Code = productCode,
                CategoryCode = categoryCode!,
                CategoryName = categoryName!,
                Name = name!,
                IndustryCodes = "",
            };
            db.CatalogueProducts.Add(product);
        }

        product.CategoryCode = categoryCode!;
        product.CategoryName = categoryName!;
        product.Name = name!;
        product.RiskLevel = risk!.Value;
        product.IndustryCodes = string.Join(',', industries);
        product.TestItems = testItems;
        await db.SaveChangesAsync(cancellationToken);
        return CatalogueViews.From(product, edition.Code);
    }

    // A GB/T 4754 code or prefix: the section letter, then up to four digits.
    [GeneratedRegex("^[A-T][0-9]{0,4}$")]
    private static partial Regex IndustryPrefix();

    [GeneratedRegex("^[0-9A-Za-z-]{1,10}$")]
    private static partial Regex ProductCode();
}

internal static class SaveCatalogueProductEndpoint
{
    public static async Task<Results<Ok<CatalogueProductView>, ProblemHttpResult>> HandleAsync(
        string edition, string code, SaveCatalogueProductRequest request, SaveCatalogueProductHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(edition, code, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
