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
    /// <summary>Province, city and county names joined, skipping the 市辖区 placeholder of municipalities.</summary>
    public string FullName => string.Concat(Chain().Reverse()
        .Where(r => r.Level != RegionLevel.City || r.Name != "市辖区")
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
