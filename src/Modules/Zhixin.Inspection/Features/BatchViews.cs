using Zhixin.Inspection.Domain;

namespace Zhixin.Inspection.Features;

internal sealed record BatchSummary(
    Guid Id, string SamplingNumber, Guid PlanId, string ProductCode, string ProductName, string EnterpriseCreditCode, string EnterpriseName,
    string RegionCode, string RegionName, SamplingChannel Channel, FirmSize FirmSize, DateOnly SampledOn, string LotNumber,
    Verdict? Verdict, string? FailedItems, DateOnly? ResultIssuedOn, DateTimeOffset? PublishedAt, int Revision);

internal sealed record TestItemView(int Position, string ItemName, string StandardClause, string? Requirement, string? MeasuredValue, Verdict Verdict);

internal static class BatchViews
{
    public static BatchSummary Summary(SampleBatch b) => new(
        b.Id, b.SamplingNumber, b.PlanId, b.ProductCode, b.ProductName, b.EnterpriseCreditCode, b.EnterpriseName,
        b.RegionCode, InspectionAccess.RegionName(b.RegionCode), b.Channel, b.FirmSize, b.SampledOn, b.LotNumber,
        b.Verdict, b.FailedItems, b.ResultIssuedOn, b.PublishedAt, b.Revision);

    public static TestItemView Item(TestItemResult i) => new(i.Position, i.ItemName, i.StandardClause, i.Requirement, i.MeasuredValue, i.Verdict);
}
