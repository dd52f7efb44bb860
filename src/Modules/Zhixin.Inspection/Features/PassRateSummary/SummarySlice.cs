using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.GetPassRates;
using Zhixin.Platform.Regions;
using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Features.PassRateSummary;

/// <summary>
/// Which pre-aggregated rows answer a table: the area looked at (the region filter, else the caller's region),
/// the product filter, the dimensions and the level regions are grouped at. Only tables the rows give exactly have
/// a slice: grouped by product and region alone, filtered by product and region alone, an area inside the caller's
/// scope, regions grouped at the area's level or below, and no enterprise account.
/// </summary>
internal sealed record SummarySlice(
    string Area, SummaryLevel AreaLevel, string From, string To, string? Product, IReadOnlyList<PassRateDimension> Dimensions, SummaryLevel GroupLevel)
{
    public bool ByProduct => Dimensions.Contains(PassRateDimension.Product);

    public bool ByRegion => Dimensions.Contains(PassRateDimension.Region);

    public static SummarySlice? For(PassRateFilter filter, IReadOnlyList<PassRateDimension> dimensions, RegionLevel regionLevel, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(caller);
        if (filter is not { CategoryCode: null, Channel: null, FirmSize: null, PlanId: null }
            || caller.Scope.EnterpriseCreditCode is not null
            || dimensions.Any(d => d is not (PassRateDimension.Product or PassRateDimension.Region)))
        {
            return null;
        }

        var area = filter.RegionCode ?? caller.RegionCode ?? "000000";
        var (from, to) = InspectionAccess.Range(area);
        // Rows outside the scope are hidden by the context; an area reaching past it would miss its own totals row.
        if (!caller.Scope.Includes(from) || !caller.Scope.Includes(to))
        {
            return null;
        }

        var areaLevel = LevelOf(area);
        var groupLevel = dimensions.Contains(PassRateDimension.Region) ? LevelOf(regionLevel) : areaLevel;
        return groupLevel < areaLevel ? null : new SummarySlice(area, areaLevel, from, to, filter.ProductCode, dimensions, groupLevel);
    }

    private static SummaryLevel LevelOf(string area) => area == "000000" ? SummaryLevel.Nation : LevelOf(RegionTable.LevelOf(area));

    private static SummaryLevel LevelOf(RegionLevel level) => level switch
    {
        RegionLevel.Province => SummaryLevel.Province,
        RegionLevel.City => SummaryLevel.City,
        _ => SummaryLevel.County,
    };
}
