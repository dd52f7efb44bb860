namespace Zhixin.Inspection.Statistics;

/// <summary>
/// A cell in a ranking. <see cref="Position"/> is its place in the sorted list (1, 2, 3 …). Cells whose intervals
/// overlap, directly or through a chain of overlapping neighbours, share a <see cref="Group"/> and cannot be told
/// apart (排名不可区分): only a cell alone in its group gets a <see cref="Rank"/>. A page shows the rank when there is
/// one, else "第 <see cref="GroupFirst"/>–<see cref="GroupLast"/> 名，不可区分". A cell with nothing tested is listed
/// last with no position, group or rank.
/// </summary>
internal sealed record RankedCell<T>(
    T Item,
    PassRate Rate,
    int? Position,
    int? Group,
    int GroupSize,
    int? GroupFirst,
    int? GroupLast)
{
    public int? Rank => GroupSize == 1 ? Position : null;

    public bool Distinguishable => Rank is not null;
}
