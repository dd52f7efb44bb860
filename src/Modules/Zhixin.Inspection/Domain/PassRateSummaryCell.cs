using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Domain;

/// <summary>
/// One pre-aggregated cell of a year's tested batches (预汇总): a region at one level (the whole country, a province,
/// a city, or the batches' own county code) and one product, or every product when <see cref="ProductCode"/> is
/// empty. Each row is counted from the batches by the same keys the live statistics group by, so enterprises are
/// counted distinctly within the row, never summed from finer rows.
/// </summary>
internal sealed class PassRateSummaryCell : IRegionScoped
{
    public int SampleYear { get; init; }

    public SummaryLevel RegionLevel { get; init; }

    /// <summary>The region's code at its level: 000000, a province's or a city's own code, or the batches' code.</summary>
    public required string RegionCode { get; init; }

    /// <summary>The product's code, or empty for the row of all products (whose enterprises are counted once across products).</summary>
    public required string ProductCode { get; init; }

    /// <summary>The greatest product name among the row's batches, as the live table names its products.</summary>
    public string? ProductName { get; init; }

    public int Tested { get; init; }

    public int Failed { get; init; }

    public int Firms { get; init; }

    public int FirmsFailed { get; init; }
}

/// <summary>The level of a pre-aggregated row's region, in the order the levels nest.</summary>
internal enum SummaryLevel
{
    Nation = 0,
    Province = 1,
    City = 2,
    County = 3,
}
