namespace Zhixin.Inspection.Features.GetPassRates;

/// <summary>The pass-rate table: how it was computed, its cells in rank order, the totals row and the weighted rate if asked.</summary>
internal sealed record GetPassRatesResponse(
    PassRatesBasis Basis,
    IReadOnlyList<PassRateCell> Cells,
    PassRateCell Total,
    WeightedPassRate? Weighted);

/// <summary>
/// The period, its year-earlier comparison, the grouping, the filters in words and the interval method; and when the
/// period's counts came from the pre-aggregate (预汇总), the time it was counted (null: counted from the batches now).
/// </summary>
internal sealed record PassRatesBasis(
    string Period,
    string PreviousPeriod,
    IReadOnlyList<string> GroupBy,
    string? RegionLevel,
    string Method,
    double ConfidenceLevel,
    string Order,
    IReadOnlyList<string> Description,
    DateTimeOffset? SummarisedAt);

/// <summary>A key of a cell in one dimension: its code (product code, region code, enum name, quarter) and its name.</summary>
internal sealed record CellKey(string Dimension, string Code, string Name);

/// <summary>
/// One cell: batch and enterprise rates with intervals, the small-cell flag (of the batch rate), its place in the
/// ranking (null for the totals row) and the change in batch pass rate from the same period a year earlier.
/// </summary>
internal sealed record PassRateCell(
    IReadOnlyList<CellKey> Keys,
    string Label,
    RateView Batches,
    RateView Enterprises,
    bool SmallCell,
    CellRank? Rank,
    RateChange? YearOnYear);

/// <summary>
/// A cell's place: <see cref="Position"/> in rate order; cells whose intervals overlap share a <see cref="Group"/>
/// spanning places <see cref="GroupFirst"/>–<see cref="GroupLast"/>, and only a cell alone in its group has a <see cref="Rank"/>.
/// </summary>
internal sealed record CellRank(int Position, int? Rank, int Group, int GroupFirst, int GroupLast, bool Distinguishable);

/// <summary>The output-weighted pass rate over the first dimension's cells, beside the pooled rate of the same batches.</summary>
internal sealed record WeightedPassRate(
    string Dimension,
    double Rate,
    double Lower,
    double Upper,
    double NormalLower,
    double NormalUpper,
    double EffectiveSampleSize,
    RateView Pooled,
    IReadOnlyList<WeightedStratum> Strata);

internal sealed record WeightedStratum(string Key, string Name, double Weight, double Share, int Tested, int Failed, double Rate);
