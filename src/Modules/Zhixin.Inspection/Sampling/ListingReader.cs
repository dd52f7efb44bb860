using System.Globalization;

namespace Zhixin.Inspection.Sampling;

/// <summary>
/// Gathers the lines of a pool listing into the request that would list it. Lenient on order: the listing
/// is written again from the request and compared, which catches anything out of place.
/// </summary>
internal sealed class ListingReader
{
    private readonly List<DrawFirm> firms = [];
    private readonly List<DrawInspector> inspectors = [];
    private readonly List<HigherLevelCheck> checkedAbove = [];
    private readonly Dictionary<CreditClass, decimal> weights = [];
    private int count;
    private int limit;
    private bool preferOtherCounty;

    /// <summary>Takes one line's fields; false when the line is not one a listing has.</summary>
    public bool Read(string[] fields) => fields switch
    {
        ["count", var k] => TryNumber(k, out count),
        ["per-inspector", var n] => TryNumber(n, out limit),
        ["prefer-other-county", "0" or "1"] => Set(() => preferOtherCounty = fields[1] == "1"),
        ["weight", var letter, var w] when TryClass(letter, out var creditClass) && TryWeight(w, out var weight) => weights.TryAdd(creditClass, weight),
        ["firm", var code, var letter, var region] when TryClass(letter, out var creditClass) => Set(() => firms.Add(new DrawFirm(code, string.Empty, region, creditClass))),
        ["inspector", var id, var region] => Set(() => inspectors.Add(new DrawInspector(id, string.Empty, string.Empty, region))),
        ["excluded", var code, CanonicalListing.Inactive] => Set(() => firms.Add(new DrawFirm(code, string.Empty, string.Empty, CreditClass.B, Active: false))),
        ["excluded", var code, CanonicalListing.HigherLevel] => Set(() =>
        {
            firms.Add(new DrawFirm(code, string.Empty, string.Empty, CreditClass.B));
            checkedAbove.Add(new HigherLevelCheck(code, string.Empty));
        }),
        _ => false,
    };

    public DrawRequest ToRequest()
    {
        var classWeights = new CreditClassFactors(WeightOf(CreditClass.A), WeightOf(CreditClass.B), WeightOf(CreditClass.C), WeightOf(CreditClass.D));
        var options = new DrawOptions(limit == 0 ? null : limit, preferOtherCounty, classWeights);
        return new DrawRequest(count, firms, inspectors, checkedAbove, options);
    }

    private decimal WeightOf(CreditClass creditClass) => weights.GetValueOrDefault(creditClass, 1);

    private static bool Set(Action action)
    {
        action();
        return true;
    }

    private static bool TryNumber(string text, out int value) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool TryWeight(string text, out decimal value) => decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static bool TryClass(string letter, out CreditClass creditClass)
    {
        creditClass = letter switch
        {
            "A" => CreditClass.A,
            "B" => CreditClass.B,
            "C" => CreditClass.C,
            "D" => CreditClass.D,
            _ => (CreditClass)(-1),
        };
        return Enum.IsDefined(creditClass);
    }
}
