using Zhixin.Platform.Identity;
using Zhixin.Platform.Regions;
using Zhixin.Platform.Scoping;

namespace Zhixin.Credit.Features;

/// <summary>Who may see what of the credit module beyond what the region scope already decides.</summary>
internal static class CreditAccess
{
    /// <summary>The risk class is internal to the regulator (不公开): not for the firm, other departments or the public.</summary>
    public static bool MaySeeRiskClass(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Scope.EnterpriseCreditCode is null && (caller.Roles.Contains(Roles.Regulator) || caller.Id.StartsWith("system:", StringComparison.Ordinal));
    }

    /// <summary>Rule sets score every firm in the country, so only regulators of the country or of a province draft and publish them.</summary>
    public static bool MayManageRuleSets(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Roles.Contains(Roles.Regulator) && caller.Scope.EnterpriseCreditCode is null
            && caller.RegionCode is { } region && (region == "000000" || RegionTable.LevelOf(region) == RegionLevel.Province);
    }
}
