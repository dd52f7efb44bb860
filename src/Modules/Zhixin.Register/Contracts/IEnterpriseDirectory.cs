namespace Zhixin.Register.Contracts;

/// <summary>
/// The register as modules above it read it: enterprises by credit code, and the producers of a region and trade
/// (the pools that spot checks draw from). Every answer is limited to the caller's region scope, like any register query.
/// </summary>
public interface IEnterpriseDirectory
{
    /// <summary>The enterprises found among <paramref name="creditCodes"/> (voided ones are absent), keyed by credit code.</summary>
    Task<IReadOnlyDictionary<string, EnterpriseSummary>> FindAsync(IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken);

    /// <summary>
    /// Enterprises whose region lies in <paramref name="regionFrom"/>..<paramref name="regionTo"/> (inclusive, code order)
    /// and whose industry code starts with one of <paramref name="industryPrefixes"/> (every industry when empty).
    /// </summary>
    Task<IReadOnlyList<EnterpriseSummary>> ListAsync(
        string regionFrom, string regionTo, IReadOnlyCollection<string> industryPrefixes, bool activeOnly, CancellationToken cancellationToken);

    /// <summary>
    /// Enterprises whose name contains <paramref name="nameContains"/> or whose credit code starts with
    /// <paramref name="codePrefix"/> (one of the two), in code order, at most <paramref name="take"/>.
    /// </summary>
    Task<IReadOnlyList<EnterpriseSummary>> SearchAsync(string? nameContains, string? codePrefix, int take, CancellationToken cancellationToken);
}

/// <summary>An enterprise as other modules need it.</summary>
public sealed record EnterpriseSummary(string CreditCode, string Name, string RegionCode, string? IndustryCode, bool Active);
