using Zhixin.Inspection.Domain;

namespace Zhixin.Inspection.Features;

internal sealed record EditionSummary(
    Guid Id, string Code, string Name, string IssuerRegionCode, string IssuerRegionName, string? BasedOnCode, DateOnly EffectiveFrom, string Source, int Products);

internal sealed record CatalogueProductView(
    Guid Id, string EditionCode, string CategoryCode, string CategoryName, string Code, string Name, RiskLevel RiskLevel,
    IReadOnlyList<string> IndustryCodes, IReadOnlyList<string> TestItems);

internal static class CatalogueViews
{
    public static CatalogueProductView From(CatalogueProduct product, string editionCode) => new(
        product.Id, editionCode, product.CategoryCode, product.CategoryName, product.Code, product.Name, product.RiskLevel,
        product.IndustryPrefixes(), SplitLines(product.TestItems));

    public static IReadOnlyList<string> SplitLines(string? text) =>
        text is null ? [] : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
