using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Web;

namespace Zhixin.Platform.Regions.ListRegions;

public sealed record RegionResponse(string Code, string Name, string FullName, RegionLevel Level, string? ParentCode);

/// <summary>The GB/T 2260 table for pickers: the provinces, or the children of one region. Public reference data.</summary>
internal static class ListRegionsEndpoint
{
    public static Results<Ok<List<RegionResponse>>, ProblemHttpResult> Handle(string? parent)
    {
        if (string.IsNullOrWhiteSpace(parent))
        {
            return TypedResults.Ok(RegionTable.Default.Provinces.Select(ToResponse).ToList());
        }

        var code = RegionCode.Parse(parent);
        if (!code.IsValid)
        {
            Outcome<bool> invalid = new FieldErrors().Add("parent", code.Problem!.Message);
            return invalid.ToProblem();
        }

        return TypedResults.Ok(RegionTable.Default.ChildrenOf(code.Value.Region).Select(ToResponse).ToList());
    }

    private static RegionResponse ToResponse(Region region) =>
        new(region.Code, region.Name, region.FullName, region.Level, region.Parent?.Code);
}
