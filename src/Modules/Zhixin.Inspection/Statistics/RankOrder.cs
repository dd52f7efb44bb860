namespace Zhixin.Inspection.Statistics;

/// <summary>Which end of a ranking comes first.</summary>
internal enum RankOrder
{
    /// <summary>Best first: highest pass rate (合格率) at rank 1.</summary>
    HighestPassRateFirst,

    /// <summary>Worst first: highest non-conformity rate (不合格率) at rank 1, as SAMR lists problem products.</summary>
    HighestNonConformityFirst,
}
