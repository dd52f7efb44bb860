using Zhixin.Platform.Regions;

namespace Zhixin.Credit.Features.SetInspectionRatios;

/// <summary>The regions whose ratios can apply to a region: itself, then its city, its province and the country.</summary>
internal static class RatioRegions
{
    public static IReadOnlyList<string> Chain(string regionCode)
    {
        ArgumentNullException.ThrowIfNull(regionCode);
        if (regionCode == "000000")
        {
            return ["000000"];
        }

        return RegionTable.LevelOf(regionCode) switch
        {
            RegionLevel.Province => [regionCode, "000000"],
            RegionLevel.City => [regionCode, regionCode[..2] + "0000", "000000"],
            _ => [regionCode, regionCode[..4] + "00", regionCode[..2] + "0000", "000000"],
        };
    }
}
