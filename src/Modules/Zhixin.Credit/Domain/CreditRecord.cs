using Zhixin.Platform.Audit;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;

namespace Zhixin.Credit.Domain;

/// <summary>
/// One record of an enterprise's quality-credit file (企业质量信用档案), positive or negative, with its provenance:
/// which module or department it came from, under which reference (a batch, a decision number, an import), and who
/// entered it. Records are never deleted; a wrong one is voided with the reason, and the firm is scored again.
/// </summary>
internal sealed class CreditRecord : IEnterpriseOwned, IAudited, IVoidable
{
    public Guid Id { get; init; }

    [EnterpriseOwnerKey]
    public required string EnterpriseCreditCode { get; init; }

    public required string EnterpriseName { get; init; }

    /// <summary>The enterprise's region when the record was made: the record's security label.</summary>
    public required string RegionCode { get; init; }

    public CreditRecordKind Kind { get; init; }

    public RecordSeverity Severity { get; init; }

    /// <summary>The day the record is dated from: a decision's date, a failed batch's result date, an award's date.</summary>
    public DateOnly OccurredOn { get; init; }

    public required string Title { get; init; }

    public string? Detail { get; init; }

    /// <summary>The evidence: a decision or certificate number (文号 / 证书编号).</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The body that decided or issued it (作出决定/颁发机关).</summary>
    public string? Authority { get; init; }

    /// <summary>Where the record came from: "inspection" (an event of the spot-check module), "manual", "import".</summary>
    public required string SourceModule { get; init; }

    /// <summary>The source's own key (an event id, a batch id, an import row), unique per source: a record arrives once.</summary>
    public required string SourceReference { get; init; }

    /// <summary>The department that supplied the record, when another department did.</summary>
    public string? SourceDepartmentCode { get; init; }

    /// <summary>The path of the source record on this platform, if it has one (a batch page).</summary>
    public string? SourceLink { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset? VoidedAt { get; set; }

    public string? VoidedBy { get; set; }

    public string? VoidReason { get; set; }

    /// <summary>
    /// The day a credit repair of the record was approved: from then on the record stays on the file but is no longer
    /// published or scored (信用修复).
    /// </summary>
    public DateOnly? RepairedOn { get; set; }

    public Guid? RepairId { get; set; }

    public DateTimeOffset? RepairedAt { get; set; }

    public string? RepairedBy { get; set; }
}
