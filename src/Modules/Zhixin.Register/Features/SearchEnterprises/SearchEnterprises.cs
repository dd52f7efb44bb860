using System.Linq.Expressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;
using Zhixin.Register.Data;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Features.SearchEnterprises;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<NameMatch>))]
internal enum NameMatch
{
    /// <summary>Names that start with the text, or, when none does, names that contain it.</summary>
    Auto,
    Contains,
    Prefix,
}

/// <summary>
/// A search of the register: <paramref name="Query"/> is a credit code, an organization code, the start of
/// either, or (anything else) a part of the name. Filters narrow by region (with everything below it),
/// industry (a section letter or a code prefix) and status.
/// </summary>
internal sealed record SearchEnterprisesRequest(
    string? Query = null,
    string? Region = null,
    string? Industry = null,
    EnterpriseStatus? Status = null,
    NameMatch Match = NameMatch.Auto,
    int Page = 1,
    int PageSize = SearchEnterprisesRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;
}

internal sealed class SearchEnterprisesHandler(RegisterDbContext db)
{
    public async Task<Outcome<Page<EnterpriseSummary>>> HandleAsync(SearchEnterprisesRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var query = Filter(request with { Match = request.Match == NameMatch.Auto ? NameMatch.Prefix : request.Match }, errors);
        if (query is null)
        {
            return errors;
        }

        var total = await query.LongCountAsync(cancellationToken);
        if (total == 0 && request.Match == NameMatch.Auto && !string.IsNullOrWhiteSpace(request.Query))
        {
            // Firm names usually start with their city; a trade name typed alone is found inside the name.
            query = Filter(request with { Match = NameMatch.Contains }, errors)!;
            total = await query.LongCountAsync(cancellationToken);
        }

        var pageSize = Math.Clamp(request.PageSize, 1, SearchEnterprisesRequest.MaxPageSize);
        var pageNumber = Math.Max(1, request.Page);
        var rows = await query
            .OrderBy(e => e.Name).ThenBy(e => e.Id)
            .Skip((pageNumber - 1) * pageSize)
            .Take(pageSize)
            .Select(e => new { e.Id, e.CreditCode, e.OrgCode, e.Name, e.RegionCode, e.IndustryCode, e.Status })
            .ToListAsync(cancellationToken);
        var items = rows.Select(e => new EnterpriseSummary(
            e.Id, e.CreditCode, EnterpriseMapping.PrintedOrgCode(e.OrgCode), e.Name, e.RegionCode,
            EnterpriseMapping.RegionName(e.RegionCode), e.IndustryCode, e.Status, EnterpriseStatuses.Label(e.Status))).ToList();
        return new Page<EnterpriseSummary>(items, pageNumber, pageSize, total);
    }

    /// <summary>The filtered query without ordering or paging (Auto matches as Contains); export uses it too.</summary>
    internal IQueryable<Enterprise>? Filter(SearchEnterprisesRequest request, FieldErrors errors)
    {
        var query = db.Enterprises.AsNoTracking();
        query = ApplyText(query, request.Query, request.Match);

        if (!string.IsNullOrWhiteSpace(request.Region))
        {
            var region = errors.Check("region", RegionCode.Parse(request.Region));
            if (region is { } r)
            {
                // The same range a caller of that region is scoped to: the region and everything below it.
                var range = RegionScope.ForRegion(r);
                query = query.WhereBetween(e => e.RegionCode, range.RegionFrom, range.RegionTo);
            }
        }

        if (!string.IsNullOrWhiteSpace(request.Industry))
        {
            var industry = Industries.Normalize(request.Industry, "industry", errors);
            if (industry is not null)
            {
                query = query.WhereStartsWith(e => e.IndustryCode, industry);
            }
        }

        if (request.Status is { } status)
        {
            query = query.Where(e => e.Status == status);
        }

        return errors.IsEmpty ? query : null;
    }

    private static IQueryable<Enterprise> ApplyText(IQueryable<Enterprise> query, string? text, NameMatch match)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return query;
        }

        var trimmed = text.Trim();
        var code = CodeText.Normalize(trimmed);
        var isCode = code.Length >= 4 && code.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c) || c == '-');
        if (isCode)
        {
            var credit = CreditCode.ParseAllowingCheckOverride(code);
            if (credit.IsValid)
            {
                var value = credit.Value.Value;
                return query.Where(e => e.CreditCode == value);
            }

            var org = OrgCode.Parse(code);
            if (org.IsValid)
            {
                var value = org.Value.Value;
                return query.Where(e => e.OrgCode == value);
            }

            var prefix = code.Replace("-", "", StringComparison.Ordinal);
            var byCredit = QueryRanges.StartsWith<Enterprise>(e => e.CreditCode, prefix);
            var byOrg = QueryRanges.StartsWith<Enterprise>(e => e.OrgCode, prefix);
            var parameter = byCredit.Parameters[0];
            var either = Expression.OrElse(byCredit.Body, Expression.Invoke(byOrg, parameter));
            return query.Where(Expression.Lambda<Func<Enterprise, bool>>(either, parameter));
        }

        if (match == NameMatch.Prefix)
        {
            return query.WhereStartsWith(e => e.Name, trimmed);
        }

        var pattern = QueryRanges.ContainsPattern(trimmed);
        return query.Where(e => EF.Functions.Like(e.Name, pattern, QueryRanges.LikeEscape));
    }

}

internal static class SearchEnterprisesEndpoint
{
    public static async Task<Results<Ok<Page<EnterpriseSummary>>, ProblemHttpResult>> HandleAsync(
        [AsParameters] SearchEnterprisesQuery query, SearchEnterprisesHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(query.ToRequest(), cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

/// <summary>The query string of the search endpoint.</summary>
internal sealed record SearchEnterprisesQuery(string? Q, string? Region, string? Industry, EnterpriseStatus? Status, NameMatch? Match, int? Page, int? PageSize)
{
    public SearchEnterprisesRequest ToRequest() =>
        new(Q, Region, Industry, Status, Match ?? NameMatch.Auto, Page ?? 1, PageSize ?? SearchEnterprisesRequest.DefaultPageSize);
}
