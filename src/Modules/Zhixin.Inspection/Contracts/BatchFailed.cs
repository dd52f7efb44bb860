using Zhixin.Platform.Events;

namespace Zhixin.Inspection.Contracts;

/// <summary>
/// A spot-check batch failed (检验不合格): raised once, when the lab's results make the batch fail. Credit lowers the
/// firm's record, risk counts it as a signal, traceability can trace the lot forward, reports count it; today the
/// firm's page in the register lists it.
/// </summary>
public sealed record BatchFailed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BatchId,
    Guid PlanId,
    string SamplingNumber,
    string CreditCode,
    string EnterpriseName,
    string RegionCode,
    string? ProducerCreditCode,
    string ProductCode,
    string ProductName,
    string LotNumber,
    DateOnly SampledOn,
    DateOnly ResultIssuedOn,
    IReadOnlyList<FailedItem> FailedItems) : IEnterpriseEvent
{
    public const string EventName = "inspection.batch-failed";

    public string Kind => EventName;

    public string Title =>
        $"监督抽查不合格：{ProductName}（批号 {LotNumber}），不合格项目：{string.Join('、', FailedItems.Select(i => i.ItemName))}";

    public string? Link => InspectionRoutes.Batch(BatchId);

    public DateOnly OccurredOn => ResultIssuedOn;
}

/// <summary>A failing test item of a failed batch, with the standard clause it failed.</summary>
public sealed record FailedItem(string ItemName, string StandardClause, string? Requirement, string? MeasuredValue);
