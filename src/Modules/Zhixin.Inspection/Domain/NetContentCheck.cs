using Zhixin.Platform.Audit;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Domain;

/// <summary>
/// A net-content check of a lot of pre-packaged goods (定量包装商品净含量检验): the inputs as measured and the JJF 1070
/// verdict with its whole calculation, stored as computed so a later edition of the tables never rewrites it.
/// </summary>
internal sealed class NetContentCheck : IEnterpriseOwned, IAudited, IVoidable
{
    public Guid Id { get; init; }

    [EnterpriseOwnerKey]
    public required string EnterpriseCreditCode { get; init; }

    public required string EnterpriseName { get; init; }

    public required string RegionCode { get; init; }

    public required string ProductName { get; init; }

    public required string LotNumber { get; init; }

    public Guid? BatchId { get; init; }

    public DateOnly CheckedOn { get; init; }

    public decimal Nominal { get; init; }

    public required string Unit { get; init; }

    public int LotSize { get; init; }

    /// <summary>The measured net contents, one per line, as entered.</summary>
    public required string Measurements { get; init; }

    public required string Edition { get; init; }

    public Verdict Verdict { get; init; }

    /// <summary>The calculator's full result (every step), JSON.</summary>
    public required string Calculation { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset? VoidedAt { get; set; }

    public string? VoidedBy { get; set; }

    public string? VoidReason { get; set; }
}
