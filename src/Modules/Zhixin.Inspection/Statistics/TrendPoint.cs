namespace Zhixin.Inspection.Statistics;

/// <summary>
/// One period of a trend: its rate with the interval that draws the band, and the change in pass rate from the
/// period before (null for the first period and next to a period with nothing tested). Use
/// <see cref="ProportionChange.Complement"/> to show it as a change in the non-conformity rate.
/// </summary>
internal sealed record TrendPoint<T>(T Period, PassRate Rate, ProportionChange? FromPrevious)
{
    public bool ChangedSignificantly => FromPrevious?.Significant == true;
}
