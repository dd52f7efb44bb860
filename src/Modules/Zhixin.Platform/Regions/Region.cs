using System.Collections.Frozen;

namespace Zhixin.Platform.Regions;

public enum RegionLevel
{
    Province = 1,
    City = 2,
    County = 3,
}

/// <summary>A GB/T 2260 administrative division with its parent chain.</summary>
public sealed record Region(string Code, string Name, RegionLevel Level, Region? Parent)
{
    // City-level rows that only group counties and are no place of their own: 市辖区 and 县 under the
    // municipalities (110100, 500200), and the county-level cities governed directly by a province or
    // autonomous region (419000, 429000, 469000, 659000). Printing them gives "重庆市县城口县".
    private static readonly FrozenSet<string> PlaceholderCityNames =
        FrozenSet.Create(StringComparer.Ordinal, "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    /// <summary>Province, city and county names joined, skipping the placeholder city-level rows.</summary>
    public string FullName => string.Concat(Chain().Reverse()
        .Where(r => r.Level != RegionLevel.City || !PlaceholderCityNames.Contains(r.Name))
        .Select(r => r.Name));

    /// <summary>This region, then its parent, up to the province.</summary>
    public IEnumerable<Region> Chain()
    {
        for (var region = this; region is not null; region = region.Parent)
        {
            yield return region;
        }
    }
}
