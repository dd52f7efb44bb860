using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.RecordSampling;

namespace Zhixin.Inspection.Pages.Inspection.Batches;

/// <summary>The sampling form (抽样单) as the page binds it; property names are the request's, so errors land beside their inputs.</summary>
internal sealed class BatchInput
{
    public Guid? PlanId { get; set; }

    public string? SamplingNumber { get; set; }

    public string? ProductCode { get; set; }

    public string? EnterpriseCreditCode { get; set; }

    public string? ProducerCreditCode { get; set; }

    public string? ProducerName { get; set; }

    public FirmSize? FirmSize { get; set; }

    public SamplingChannel? Channel { get; set; }

    public string? Place { get; set; }

    public DateOnly? SampledOn { get; set; }

    public string? LotNumber { get; set; }

    public string? Specification { get; set; }

    public string? Gtin { get; set; }

    public int? SampleBase { get; set; }

    public int? SampleQuantity { get; set; }

    public int? ReserveQuantity { get; set; }

    public string? SealNumbers { get; set; }

    /// <summary>One per line (or separated by 、): at least two must sign.</summary>
    public string? Samplers { get; set; }

    public Guid? DrawSelectionId { get; set; }

    public RecordSamplingRequest ToRequest() => new(
        PlanId, SamplingNumber, ProductCode, EnterpriseCreditCode, ProducerCreditCode, ProducerName, FirmSize, Channel, Place, SampledOn, LotNumber,
        Specification, Gtin, SampleBase, SampleQuantity, ReserveQuantity, SealNumbers, InspectionForms.Names(Samplers), DrawSelectionId);
}
