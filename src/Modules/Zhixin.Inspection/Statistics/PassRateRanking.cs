namespace Zhixin.Inspection.Statistics;

/// <summary>Ranks cells by rate and suppresses ranks that their confidence intervals cannot support.</summary>
internal static class PassRateRanking
{
    /// <summary>
    /// Sorts by pass rate (ties keep the input order), then groups cells whose pass-rate intervals overlap
    /// transitively. Overlap is symmetric under p ↔ 1 − p, so the groups are the same in either order.
    /// </summary>
    /// <remarks>
    /// Every interval contains its own rate, so in rate order a group is a run of neighbours: a cell joins the
    /// current group when its interval meets the union of the group's intervals. Transitivity is deliberately
    /// cautious: in a long chain the two ends may not overlap each other, yet no rank is shown for either. Two
    /// overlapping 95 % intervals do not prove equal rates either; overlap is the rule a reader can check on the
    /// chart, not a test. For a statement about one pair, use <see cref="ProportionInterval.Overlaps"/>.
    /// </remarks>
    public static IReadOnlyList<RankedCell<T>> Rank<T>(IEnumerable<T> items, Func<T, PassRate> rateOf, RankOrder order = RankOrder.HighestPassRateFirst)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(rateOf);
        var cells = items.Select(item => (Item: item, Rate: rateOf(item))).ToList();
        var rated = cells.Where(cell => cell.Rate.HasData).ToList();
        var sorted = order == RankOrder.HighestPassRateFirst
            ? rated.OrderByDescending(cell => cell.Rate.Rate).ToList()
            : rated.OrderBy(cell => cell.Rate.Rate).ToList();

        var groups = GroupOverlapping(sorted.Select(cell => cell.Rate.Interval!).ToList());
        var ranked = new List<RankedCell<T>>(cells.Count);
        for (var index = 0; index < sorted.Count; index++)
        {
            var (number, first, last) = groups[index];
            ranked.Add(new RankedCell<T>(sorted[index].Item, sorted[index].Rate, index + 1, number, last - first + 1, first + 1, last + 1));
        }

        ranked.AddRange(cells.Where(cell => !cell.Rate.HasData).Select(cell => new RankedCell<T>(cell.Item, cell.Rate, null, null, 0, null, null)));
        return ranked;
    }

    /// <summary>For each interval (in rate order) its group's number (from 1) and the group's first and last index.</summary>
    private static (int Number, int First, int Last)[] GroupOverlapping(List<ProportionInterval> intervals)
    {
        var result = new (int Number, int First, int Last)[intervals.Count];
        var number = 0;
        var start = 0;
        while (start < intervals.Count)
        {
            var lower = intervals[start].Lower;
            var upper = intervals[start].Upper;
            var end = start + 1;
            while (end < intervals.Count && intervals[end].Lower <= upper && intervals[end].Upper >= lower)
            {
                lower = Math.Min(lower, intervals[end].Lower);
                upper = Math.Max(upper, intervals[end].Upper);
                end++;
            }

            number++;
            for (var index = start; index < end; index++)
            {
                result[index] = (number, start, end - 1);
            }

            start = end;
        }

        return result;
    }
}
