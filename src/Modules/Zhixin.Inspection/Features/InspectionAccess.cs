using Zhixin.Platform.Identity;
using Zhixin.Platform.Regions;
using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Features;

/// <summary>Who may change what in the spot-check module: a regulator whose scope covers the region (or the system).</summary>
internal static class InspectionAccess
{
    public static bool Manages(Caller caller, string regionCode) =>
        (caller.IsInRole(Roles.Regulator) || IsSystem(caller)) && caller.Scope.Includes(regionCode);

    /// <summary>The command line, the jobs and the demo data act as the system, with no roles and no region limit.</summary>
    public static bool IsSystem(Caller caller) => caller.Id.StartsWith("system:", StringComparison.Ordinal);

    /// <summary>True when <paramref name="region"/> is <paramref name="area"/> or lies inside it (national 000000, province xx0000, city xxxx00).</summary>
    public static bool Within(string region, string area) =>
        area == "000000" || (area.EndsWith("0000", StringComparison.Ordinal) ? region.StartsWith(area[..2], StringComparison.Ordinal)
            : area.EndsWith("00", StringComparison.Ordinal) ? region.StartsWith(area[..4], StringComparison.Ordinal)
            : region == area);

    /// <summary>The code range of an area, for one index range in SQL.</summary>
    public static (string From, string To) Range(string area) =>
        area == "000000" ? ("000000", "999999")
        : area.EndsWith("0000", StringComparison.Ordinal) ? (area, area[..2] + "9999")
        : area.EndsWith("00", StringComparison.Ordinal) ? (area, area[..4] + "99")
        : (area, area);

    public static string RegionName(string code) =>
        code == "000000" ? InspectionText.Get("Region.National") : RegionTable.Default.Find(code)?.FullName ?? code;
}
