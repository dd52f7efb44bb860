using Zhixin.Platform.Audit;

namespace Zhixin.Credit.Domain;

/// <summary>
/// Whether a region publishes firms' credit grades in the public lookup (公示). A region without its own setting
/// takes the nearest region's above it; where none is set, grades are not published.
/// </summary>
internal sealed class GradePublication : IAudited
{
    public required string RegionCode { get; init; }

    public bool Published { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
