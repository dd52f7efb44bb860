using Zhixin.Platform.Codes;
using Zhixin.Platform.Regions;

namespace Zhixin.Platform.Scoping;

/// <summary>
/// The slice of non-public data a caller may see: a range of region codes (own region and below) and,
/// for an enterprise account, its one enterprise. A range on the six-digit code is what lets one index
/// serve every level: a province 350000 sees 350000–359999, a city 350200 sees 350200–350299, a county itself.
/// </summary>
public sealed record RegionScope(string RegionFrom, string RegionTo, string? EnterpriseCreditCode)
{
    /// <summary>The whole country: system jobs and the command line.</summary>
    public static RegionScope Unrestricted { get; } = new("000000", "999999", null);

    /// <summary>Matches no row: anonymous callers and accounts without a region (fail closed).</summary>
    public static RegionScope Nothing { get; } = new("1", "0", null);

    public static RegionScope ForRegion(RegionCode region) => region.Level switch
    {
        RegionLevel.Province => new(region.Value, $"{region.Value[..2]}9999", null),
        RegionLevel.City => new(region.Value, $"{region.Value[..4]}99", null),
        _ => new(region.Value, region.Value, null),
    };

    public static RegionScope ForEnterprise(CreditCode enterprise) => Unrestricted with { EnterpriseCreditCode = enterprise.Value };

    public bool Includes(string regionCode) =>
        string.CompareOrdinal(regionCode, RegionFrom) >= 0 && string.CompareOrdinal(regionCode, RegionTo) <= 0;
}
