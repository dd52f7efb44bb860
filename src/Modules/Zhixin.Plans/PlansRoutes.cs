namespace Zhixin.Plans;

/// <summary>Routes of the plans module, used by endpoints, pages and tests.</summary>
public static class PlansRoutes
{
    public const string Api = "/api/v1/plans";

    public const string Plans = "/plans";
}
