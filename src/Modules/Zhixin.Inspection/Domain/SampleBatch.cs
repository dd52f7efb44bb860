using Zhixin.Platform.Audit;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Domain;

/// <summary>
/// One sampled batch (批次) of a spot-check plan: the sampling record (抽样单) and, once the lab reports, the result of
/// every test item. A batch fails when any item fails. It carries the sampled firm's region and code as its security
/// label, so a county sees its own firms' batches and an enterprise only its own.
/// </summary>
internal sealed class SampleBatch : IEnterpriseOwned, IAudited, IVoidable
{
    public Guid Id { get; init; }

    public Guid PlanId { get; init; }

    /// <summary>抽样单编号, unique.</summary>
    public required string SamplingNumber { get; init; }

    public required string ProductCode { get; init; }

    public required string ProductName { get; init; }

    public required string CategoryCode { get; init; }

    /// <summary>The sampled firm (被抽样单位).</summary>
    [EnterpriseOwnerKey]
    public required string EnterpriseCreditCode { get; init; }

    public required string EnterpriseName { get; init; }

    public required string RegionCode { get; init; }

    /// <summary>The named manufacturer (标称生产者) when it is not the sampled firm, e.g. a retailer's stock.</summary>
    public string? ProducerCreditCode { get; init; }

    public string? ProducerName { get; init; }

    public FirmSize FirmSize { get; init; }

    public SamplingChannel Channel { get; init; }

    /// <summary>Where: the premises' address, or the shop and platform for e-commerce.</summary>
    public required string Place { get; init; }

    public DateOnly SampledOn { get; init; }

    /// <summary>Redundant with <see cref="SampledOn"/>, stored so the statistics group and index by plain integers.</summary>
    public int SampleYear { get; init; }

    public int SampleQuarter { get; init; }

    /// <summary>批号 or production date as marked.</summary>
    public required string LotNumber { get; init; }

    public string? Specification { get; init; }

    public string? Gtin { get; init; }

    /// <summary>抽样基数.</summary>
    public int? SampleBase { get; init; }

    public int SampleQuantity { get; init; }

    /// <summary>备用样品 kept sealed for a re-test.</summary>
    public int ReserveQuantity { get; init; }

    public required string SealNumbers { get; init; }

    /// <summary>At least two samplers, "、"-separated.</summary>
    public required string Samplers { get; init; }

    public Guid? DrawSelectionId { get; init; }

    public string? Laboratory { get; set; }

    public string? ReportNumber { get; set; }

    public DateOnly? ResultIssuedOn { get; set; }

    public Verdict? Verdict { get; set; }

    /// <summary>The failing items' names, "、"-separated, for lists and the public notice.</summary>
    public string? FailedItems { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public int Revision { get; set; }

    public DateTimeOffset? VoidedAt { get; set; }

    public string? VoidedBy { get; set; }

    public string? VoidReason { get; set; }

    public List<TestItemResult> Items { get; init; } = [];

    /// <summary>Records the lab's results; the batch verdict follows from the items (any failing item fails the batch).</summary>
    public void RecordResults(string laboratory, string reportNumber, DateOnly issuedOn, IReadOnlyList<TestItemResult> items, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(items);
        Laboratory = laboratory;
        ReportNumber = reportNumber;
        ResultIssuedOn = issuedOn;
        Items.Clear();
        Items.AddRange(items);
        var failed = items.Where(i => i.Verdict == Domain.Verdict.Fail).Select(i => i.ItemName).ToList();
        Verdict = failed.Count > 0 ? Domain.Verdict.Fail : Domain.Verdict.Pass;
        FailedItems = failed.Count > 0 ? string.Join('、', failed) : null;
        UpdatedAt = now;
        UpdatedBy = actor;
        Revision++;
    }

    /// <summary>Makes the result public (公示); whether it may be published yet is the follow-up rules' question.</summary>
    public void Publish(DateTimeOffset now, string actor)
    {
        PublishedAt = now;
        UpdatedAt = now;
        UpdatedBy = actor;
        Revision++;
    }
}

/// <summary>The result of one test item (检验项目): requirement, measured value, the standard clause and the verdict.</summary>
internal sealed class TestItemResult
{
    public Guid Id { get; init; }

    public Guid BatchId { get; init; }

    public int Position { get; init; }

    public required string ItemName { get; init; }

    /// <summary>The standard and clause judged against, e.g. "GB/T 5023.3-2008 第 2.4 条".</summary>
    public required string StandardClause { get; init; }

    public string? Requirement { get; init; }

    public string? MeasuredValue { get; init; }

    public Verdict Verdict { get; init; }
}
