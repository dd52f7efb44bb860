using Zhixin.Inspection.Domain;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Inspection.Statistics.Api;

namespace Zhixin.Tests.Security;

/// <summary>Tested 思明区 batches of a product of their own, whose name must not reach another county's statistics.</summary>
internal sealed record InspectionScope(string ProductCode, string ProductName);

internal static class InspectionScopeData
{
    public static async Task<InspectionScope> ArrangeAsync(ZhixinApp app)
    {
        var product = StatisticsData.Product();
        await StatisticsData.PlanAsync(app, [.. StatisticsData.Many(product, "350203", 3, 1)]);
        return new InspectionScope(product, StatisticsData.ProductName(product));
    }
}
