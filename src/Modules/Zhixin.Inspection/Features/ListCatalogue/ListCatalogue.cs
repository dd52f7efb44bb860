using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;

namespace Zhixin.Inspection.Features.ListCatalogue;

internal sealed record ListCatalogueRequest(string? Edition, string? Category, RiskLevel? Risk, string? Query);

internal sealed record CatalogueResponse(IReadOnlyList<EditionSummary> Editions, EditionSummary? Edition, IReadOnlyList<CatalogueProductView> Products);

/// <summary>
/// The key-regulated product catalogue: every edition, and the products of one (by default the newest edition issued
/// for the caller's province, else the newest national one). Catalogues are published lists every official reads.
/// </summary>
internal sealed class ListCatalogueHandler(InspectionDbContext db)
{
    public async Task<CatalogueResponse> HandleAsync(ListCatalogueRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var editions = await db.Editions.AsNoTracking()
            .OrderByDescending(e => e.EffectiveFrom).ThenBy(e => e.Code)
            .Select(e => new
            {
                e.Id, e.Code, e.Name, e.IssuerRegionCode, e.BasedOnId, e.EffectiveFrom, e.Source, Products = e.Products.Count,
            })
            .ToListAsync(cancellationToken);
        var codes = editions.ToDictionary(e => e.Id, e => e.Code);
        var summaries = editions.Select(e => new EditionSummary(
            e.Id, e.Code, e.Name, e.IssuerRegionCode, InspectionAccess.RegionName(e.IssuerRegionCode),
            e.BasedOnId is { } b ? codes.GetValueOrDefault(b) : null, e.EffectiveFrom, e.Source, e.Products)).ToList();
        var chosen = request.Edition is { Length: > 0 } code
            ? summaries.FirstOrDefault(e => e.Code == code)
            : DefaultFor(summaries, db.Caller.RegionCode);
        if (chosen is null)
        {
            return new CatalogueResponse(summaries, null, []);
        }

        var query = db.CatalogueProducts.AsNoTracking().Where(p => p.EditionId == chosen.Id);
        if (request.Category is { Length: > 0 } category)
        {
            query = query.Where(p => p.CategoryCode == category);
        }

        if (request.Risk is { } risk)
        {
            query = query.Where(p => p.RiskLevel == risk);
        }

        if (request.Query?.Trim() is { Length: > 0 } text)
        {
            query = query.Where(p => p.Name.Contains(text) || p.Code.StartsWith(text));
        }

        var products = await query.OrderBy(p => p.CategoryCode).ThenBy(p => p.Code).ToListAsync(cancellationToken);
        return new CatalogueResponse(summaries, chosen, [.. products.Select(p => CatalogueViews.From(p, chosen.Code))]);
    }

    /// <summary>The newest edition issued for the caller's province (or its city), else the newest national one.</summary>
    public static EditionSummary? DefaultFor(IReadOnlyList<EditionSummary> editions, string? callerRegion)
    {
        var province = callerRegion is { Length: 6 } ? callerRegion[..2] : null;
        return editions.FirstOrDefault(e => province is not null && e.IssuerRegionCode.StartsWith(province, StringComparison.Ordinal)
                && (callerRegion == e.IssuerRegionCode || e.IssuerRegionCode.EndsWith("0000", StringComparison.Ordinal)))
            ?? editions.FirstOrDefault(e => e.IssuerRegionCode == "000000")
            ?? (editions.Count > 0 ? editions[0] : null);
    }
}

internal static class ListCatalogueEndpoint
{
    public static async Task<Ok<CatalogueResponse>> HandleAsync(
        string? edition, string? category, RiskLevel? risk, string? q, ListCatalogueHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ListCatalogueRequest(edition, category, risk, q), cancellationToken));
}
