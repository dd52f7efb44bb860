using System.Security.Cryptography;
using System.Text;

namespace Zhixin.Inspection.Sampling;

/// <summary>
/// Everything a draw depends on except the seed: the number of firms to draw, the parameters, the eligible
/// firms and the inspectors, and the firms left out. Its <see cref="CanonicalText"/> (see
/// <see cref="CanonicalListing"/>) and that text's SHA-256, <see cref="Hash"/>, are published before the draw.
/// </summary>
internal sealed class DrawPool
{
    private DrawPool(
        int firmCount,
        DrawOptions options,
        IReadOnlyList<DrawFirm> firms,
        IReadOnlyList<DrawInspector> inspectors,
        IReadOnlyList<ExcludedFirm> excluded)
    {
        FirmCount = firmCount;
        Options = options;
        Firms = firms;
        Inspectors = inspectors;
        Excluded = excluded;
        CanonicalText = CanonicalListing.Write(this);
        Hash = HashOf(CanonicalText);
    }

    public int FirmCount { get; }

    public DrawOptions Options { get; }

    /// <summary>The firms that may be drawn, in canonical order (by credit code).</summary>
    public IReadOnlyList<DrawFirm> Firms { get; }

    /// <summary>The inspectors, in canonical order (by id).</summary>
    public IReadOnlyList<DrawInspector> Inspectors { get; }

    /// <summary>The firms left out, by credit code.</summary>
    public IReadOnlyList<ExcludedFirm> Excluded { get; }

    public string CanonicalText { get; }

    /// <summary>SHA-256 of the canonical text's UTF-8 bytes, 64 lower-case hex characters.</summary>
    public string Hash { get; }

    public static string HashOf(string canonicalText)
    {
        ArgumentNullException.ThrowIfNull(canonicalText);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalText)));
    }

    /// <summary>
    /// The pool of a request: exclusions applied, entries sorted. Refused with every problem found when a
    /// field cannot be written into the listing, an entry is duplicated, a parameter is out of range, or too
    /// few firms or inspectors remain for the number asked.
    /// </summary>
    public static SamplingOutcome<DrawPool> Create(DrawRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = DrawPoolRules.Check(request);
        if (problems.Count > 0)
        {
            return SamplingOutcome<DrawPool>.Invalid(problems);
        }

        var checkedAbove = request.CheckedByHigherLevel
            .GroupBy(check => check.CreditCode, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => string.Join("；", group.Select(check => check.CheckedBy).Distinct(StringComparer.Ordinal)), StringComparer.Ordinal);
        var excluded = new List<ExcludedFirm>();
        var eligible = new List<DrawFirm>();
        foreach (var firm in request.Firms.OrderBy(firm => firm.CreditCode, StringComparer.Ordinal))
        {
            if (!firm.Active)
            {
                excluded.Add(new ExcludedFirm(firm.CreditCode, firm.Name, ExclusionReason.Inactive, null));
            }
            else if (checkedAbove.TryGetValue(firm.CreditCode, out var checkedBy))
            {
                excluded.Add(new ExcludedFirm(firm.CreditCode, firm.Name, ExclusionReason.CheckedByHigherLevel, checkedBy));
            }
            else
            {
                eligible.Add(firm);
            }
        }

        var inspectors = request.Inspectors.OrderBy(inspector => inspector.Id, StringComparer.Ordinal).ToList();
        problems = DrawPoolRules.CheckEnough(request, eligible.Count, excluded.Count);
        return problems.Count > 0
            ? SamplingOutcome<DrawPool>.Invalid(problems)
            : SamplingOutcome<DrawPool>.Valid(new DrawPool(request.FirmCount, request.Options, eligible, inspectors, excluded));
    }

    /// <summary>The pool a published listing describes (names and badge numbers are not in it and are left empty).</summary>
    public static SamplingOutcome<DrawPool> Parse(string canonicalText) => CanonicalListing.Parse(canonicalText);
}
