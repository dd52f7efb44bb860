using Microsoft.AspNetCore.Http;

namespace Zhixin.Inspection.Pages.Inspection.NetContent;

/// <summary>The new-check form; property names are the request's, so errors land beside their inputs.</summary>
internal sealed class NetContentForm
{
    public string? EnterpriseCreditCode { get; set; }

    public string? ProductName { get; set; }

    public string? LotNumber { get; set; }

    public DateOnly? CheckedOn { get; set; }

    public decimal? Nominal { get; set; }

    public string? Unit { get; set; }

    public long? LotSize { get; set; }

    /// <summary>One measured net content per line, as pasted (blank lines and # notes are skipped).</summary>
    public string? Measurements { get; set; }

    /// <summary>A text file of measurements, one per line; when given it replaces the pasted text.</summary>
    public IFormFile? MeasurementsFile { get; set; }

    public string? Edition { get; set; }

    public Guid? BatchId { get; set; }
}
