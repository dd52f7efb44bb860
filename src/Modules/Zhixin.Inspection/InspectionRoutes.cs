namespace Zhixin.Inspection;

/// <summary>Routes of the spot-check module (监督抽查), used by endpoints, pages and tests.</summary>
public static class InspectionRoutes
{
    public const string Api = "/api/v1/inspection";
    public const string Pages = "/inspection";

    public static string Batch(Guid id) => $"{Pages}/batches/{id}";
}
