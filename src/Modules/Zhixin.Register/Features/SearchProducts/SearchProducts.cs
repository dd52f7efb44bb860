using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Data;
using Zhixin.Platform.Web;
using Zhixin.Register.Data;

namespace Zhixin.Register.Features.SearchProducts;

/// <summary>Products by GTIN, by part of the name or brand, by producer and by category.</summary>
internal sealed record SearchProductsRequest(
    string? Query = null,
    string? ProducerCreditCode = null,
    Guid? ProducerId = null,
    string? Category = null,
    int Page = 1,
    int PageSize = 20);

internal sealed record ProductSummary(Guid Id, string Gtin, string Name, string? Brand, string CategoryCode, Guid ProducerId, string ProducerName, string ProducerCreditCode);

internal sealed class SearchProductsHandler(RegisterDbContext db)
{
    public async Task<Outcome<Page<ProductSummary>>> HandleAsync(SearchProductsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var products = db.Products.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Query))
        {
            var text = request.Query.Trim();
            var gtin = Gtin.Parse(text);
            if (gtin.IsValid)
            {
                var value = gtin.Value.Value;
                products = products.Where(p => p.Gtin == value);
            }
            else
            {
                var pattern = QueryRanges.ContainsPattern(text);
                products = products.Where(p => EF.Functions.Like(p.Name, pattern, QueryRanges.LikeEscape) || EF.Functions.Like(p.Brand!, pattern, QueryRanges.LikeEscape));
            }
        }

        if (!string.IsNullOrWhiteSpace(request.ProducerCreditCode))
        {
            var code = errors.Check("producerCreditCode", CreditCode.ParseAllowingCheckOverride(request.ProducerCreditCode));
            if (code is { } c)
            {
                var value = c.Value;
                products = products.Where(p => p.ProducerCreditCode == value);
            }
        }

        if (request.ProducerId is { } producerId)
        {
            products = products.Where(p => p.ProducerId == producerId);
        }

        if (!string.IsNullOrWhiteSpace(request.Category))
        {
            var category = request.Category.Trim();
            products = products.Where(p => p.CategoryCode == category || db.ProductCategories.Any(c => c.Code == p.CategoryCode && c.ParentCode == category));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var pageSize = Math.Clamp(request.PageSize, 1, 200);
        var pageNumber = Math.Max(1, request.Page);
        var total = await products.LongCountAsync(cancellationToken);
        var items = await (
                from p in products
                join e in db.Enterprises on p.ProducerId equals e.Id
                orderby p.Name, p.Id
                select new ProductSummary(p.Id, p.Gtin, p.Name, p.Brand, p.CategoryCode, p.ProducerId, e.Name, p.ProducerCreditCode))
            .Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new Page<ProductSummary>([.. items.Select(i => i with { Gtin = ProductMapping.GtinDisplay(i.Gtin) })], pageNumber, pageSize, total);
    }
}

internal static class SearchProductsEndpoint
{
    public static async Task<Results<Ok<Page<ProductSummary>>, ProblemHttpResult>> HandleAsync(
        [AsParameters] SearchProductsQuery query, SearchProductsHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(
            new SearchProductsRequest(query.Q, query.Producer, query.ProducerId, query.Category, query.Page ?? 1, query.PageSize ?? 20), cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

internal sealed record SearchProductsQuery(string? Q, string? Producer, Guid? ProducerId, string? Category, int? Page, int? PageSize);
