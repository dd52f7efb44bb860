using Zhixin.Inspection.Statistics;

namespace Zhixin.Tests.Inspection.Statistics;

public sealed class PassRateRankingTests
{
    private sealed record Row(string Name, int Tested, int Failed);

    private static IReadOnlyList<RankedCell<Row>> Rank(RankOrder order, params Row[] rows) =>
        PassRateRanking.Rank(rows, row => PassRate.Of(row.Tested, row.Failed), order);

    [Fact]
    public void Rank_WhenIntervalsApart_GivesEveryCellARank()
    {
        var ranked = Rank(RankOrder.HighestPassRateFirst, new("B", 1000, 200), new("A", 1000, 20), new("C", 1000, 500));

        Assert.Equal(["A", "B", "C"], ranked.Select(cell => cell.Item.Name));
        Assert.Equal([1, 2, 3], ranked.Select(cell => cell.Rank));
        Assert.Equal([1, 2, 3], ranked.Select(cell => cell.Group));
    }

    // County-sized cells: 0/20, 3/20 and 8/20 failed have Wilson intervals 0–16.1 %, 5.2–36.0 % and 21.9–61.3 %
    // (in non-conformity); 200/1000 gives 17.6–22.6 %. They chain into one group though the best and the worst
    // do not overlap.
    [Fact]
    public void Rank_WhenIntervalsChain_SharesOneGroupAndShowsNoRank()
    {
        var ranked = Rank(RankOrder.HighestPassRateFirst, new("a", 20, 0), new("b", 20, 3), new("c", 20, 8), new("d", 1000, 200));

        Assert.Equal(["a", "b", "d", "c"], ranked.Select(cell => cell.Item.Name));
        Assert.All(ranked, cell => Assert.Equal(1, cell.Group));
        Assert.All(ranked, cell => Assert.Null(cell.Rank));
        Assert.All(ranked, cell => Assert.Equal((1, 4), (cell.GroupFirst, cell.GroupLast)));
        Assert.False(ranked[0].Rate.Interval!.Overlaps(ranked[3].Rate.Interval!));
    }

    [Fact]
    public void Rank_WhenOneCellStandsApart_RanksOnlyThatCell()
    {
        var ranked = Rank(RankOrder.HighestNonConformityFirst, new("low1", 2000, 100), new("high", 2000, 600), new("low2", 2000, 110));

        Assert.Equal(["high", "low2", "low1"], ranked.Select(cell => cell.Item.Name));
        Assert.Equal([1, null, null], ranked.Select(cell => cell.Rank));
        Assert.Equal([1, 2, 2], ranked.Select(cell => cell.Group));
        Assert.Equal((2, 3), (ranked[2].GroupFirst, ranked[2].GroupLast));
    }

    [Fact]
    public void Rank_WhenCellEmpty_ListsItLastWithoutRank()
    {
        var ranked = Rank(RankOrder.HighestPassRateFirst, new("empty", 0, 0), new("A", 1000, 20));

        Assert.Equal(["A", "empty"], ranked.Select(cell => cell.Item.Name));
        Assert.Equal(1, ranked[0].Rank);
        Assert.Null(ranked[1].Position);
        Assert.Null(ranked[1].Group);
        Assert.False(ranked[1].Distinguishable);
    }

    [Fact]
    public void Rank_WhenOrderReversed_KeepsTheSameGroups()
    {
        Row[] rows = [new("a", 20, 1), new("b", 500, 50), new("c", 500, 150), new("d", 20, 15), new("e", 500, 60)];

        var best = Rank(RankOrder.HighestPassRateFirst, rows).ToDictionary(cell => cell.Item.Name, cell => cell.GroupSize);
        var worst = Rank(RankOrder.HighestNonConformityFirst, rows).ToDictionary(cell => cell.Item.Name, cell => cell.GroupSize);

        Assert.Equal(best, worst);
    }

    [Fact]
    public void Rank_WhenNoCells_ReturnsEmpty()
    {
        Assert.Empty(Rank(RankOrder.HighestPassRateFirst));
    }
}
