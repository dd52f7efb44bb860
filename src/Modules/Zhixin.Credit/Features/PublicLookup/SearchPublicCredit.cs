using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit.Pages.Credit;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;
using Zhixin.Register.Contracts;

namespace Zhixin.Credit.Features.PublicLookup;

/// <summary>A firm found by the public search.</summary>
internal sealed record PublicFirmView(string CreditCode, string Name, string RegionCode, string RegionName);

/// <summary>At most <see cref="SearchPublicCreditHandler.MaxResults"/> firms; <see cref="More"/> when the query matches more (narrow it).</summary>
internal sealed record PublicSearchResult(string Query, IReadOnlyList<PublicFirmView> Items, bool More);

/// <summary>
/// The public search by firm name or credit code. It answers only a meaningful query — at least two Chinese
/// characters of the name, or at least the first six characters of the code — and at most a page of firms, so it
/// cannot list the register.
/// </summary>
internal sealed partial class SearchPublicCreditHandler(IServiceProvider services)
{
    public const int MaxResults = 20;
    public const int MinNameCharacters = 2;
    public const int MinCodePrefix = 6;

    public async Task<Outcome<PublicSearchResult>> HandleAsync(string? query, CancellationToken cancellationToken)
    {
        var text = query?.Trim() ?? "";
        string? codePrefix = null;
        string? name = null;
        if (CodePrefix().IsMatch(text.ToUpperInvariant()))
        {
            codePrefix = text.ToUpperInvariant();
        }
        else if (Chinese().Count(text) >= MinNameCharacters)
        {
            name = text;
        }
        else
        {
            return new FieldErrors().Add("q", CreditText.Format("Public.QueryTooShort", MinNameCharacters, MinCodePrefix));
        }

        await using var scope = SystemScope.Create(services, "credit:public");
        var found = await scope.ServiceProvider.GetRequiredService<IEnterpriseDirectory>().SearchAsync(name, codePrefix, MaxResults + 1, cancellationToken);
        return new PublicSearchResult(
            text,
            [.. found.Take(MaxResults).Select(f => new PublicFirmView(f.CreditCode, f.Name, f.RegionCode, CreditPageLabels.Region(f.RegionCode)))],
            found.Count > MaxResults);
    }

    [GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{6,18}$")]
    private static partial Regex CodePrefix();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}

internal static class SearchPublicCreditEndpoint
{
    public static async Task<Results<Ok<PublicSearchResult>, ProblemHttpResult>> HandleAsync(
        string? q, SearchPublicCreditHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(q, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
