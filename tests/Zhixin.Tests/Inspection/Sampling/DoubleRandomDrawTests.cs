using Zhixin.Inspection.Sampling;

namespace Zhixin.Tests.Inspection.Sampling;

public sealed class DoubleRandomDrawTests
{
    private static readonly DrawSeed Golden = DrawPools.Seed(DrawPools.GoldenSeed);

    [Fact]
    public void Run_WhenSameSeedAndPool_GivesIdenticalResult()
    {
        var first = DoubleRandomDraw.Run(DrawPools.Pool(DrawPools.Request(4)), Golden);
        var second = DoubleRandomDraw.Run(DrawPools.Pool(DrawPools.Request(4)), Golden);

        Assert.Equal(first.Selected.Select(DrawPools.Line), second.Selected.Select(DrawPools.Line));
    }

    [Fact]
    public void Run_WhenSeedDiffers_GivesAnotherSelection()
    {
        var pool = DrawPools.Pool(new DrawRequest(10, [.. DrawPools.Numbered("F", 100)], [.. DrawPools.NumberedInspectors(10)], [], DrawOptions.Default));

        var first = DrawPools.Codes(DoubleRandomDraw.Run(pool, DrawPools.Seed(1)));
        var second = DrawPools.Codes(DoubleRandomDraw.Run(pool, DrawPools.Seed(2)));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Run_WhenPoolListedInAnotherOrder_GivesSameListingHashAndDraw()
    {
        var shuffled = DrawPools.Request(4) with { Firms = [.. DrawPools.Firms.Reverse()], Inspectors = [.. DrawPools.Inspectors.Reverse()] };
        var original = DrawPools.Pool(DrawPools.Request(4));
        var reordered = DrawPools.Pool(shuffled);

        Assert.Equal(original.Hash, reordered.Hash);
        Assert.Equal(
            DoubleRandomDraw.Run(original, Golden).Selected.Select(DrawPools.Line),
            DoubleRandomDraw.Run(reordered, Golden).Selected.Select(DrawPools.Line));
    }

    [Fact]
    public void Run_WhenFirmsInactiveOrCheckedAbove_ExcludesThemWithReasons()
    {
        var result = DoubleRandomDraw.Run(DrawPools.Pool(DrawPools.Request(8)), Golden);

        Assert.Equal(
            [("91350203MA2Y01311B", ExclusionReason.CheckedByHigherLevel), ("91350203MA2Y02867N", ExclusionReason.Inactive)],
            result.Excluded.Select(firm => (firm.CreditCode, firm.Reason)));
        Assert.DoesNotContain(DrawPools.Codes(result), code => result.Excluded.Any(firm => firm.CreditCode == code));
    }

    [Fact]
    public void Run_WhenFirmCheckedAbove_ExplainsWhichCheck()
    {
        var excluded = DoubleRandomDraw.Run(DrawPools.Pool(DrawPools.Request(1)), Golden).Excluded[0];

        using var culture = new CultureScope("zh-CN");
        Assert.Equal("厦门戊电缆有限公司（91350203MA2Y01311B）：同期同一产品已由上级抽查（国家市场监督管理总局 2024 年电线电缆产品质量国家监督抽查），下级不重复抽查", excluded.Explanation.Message);
    }

    [Fact]
    public void Run_WhenInspectorsAssigned_GivesEachFirmTwoDifferentPeople()
    {
        var pool = DrawPools.Pool(new DrawRequest(30, [.. DrawPools.Numbered("F", 40)], [.. DrawPools.NumberedInspectors(3)], [], DrawOptions.Default));

        var result = DoubleRandomDraw.Run(pool, Golden);

        Assert.All(result.Selected, firm => Assert.Equal(2, firm.Inspectors.Select(inspector => inspector.Id).Distinct().Count()));
    }

    // Three inspectors of two firms each for three firms is the case where taking the lowest keys alone can
    // run out; every seed must still give each firm two inspectors within the limit.
    [Fact]
    public void Run_WhenInspectorLimitTight_KeepsEveryInspectorWithinItForEverySeed()
    {
        var pool = DrawPools.Pool(new DrawRequest(3, [.. DrawPools.Numbered("F", 5)], [.. DrawPools.NumberedInspectors(3)], [], new DrawOptions(MaxFirmsPerInspector: 2)));

        for (var n = 0; n < 200; n++)
        {
            var assignments = DoubleRandomDraw.Run(pool, DrawPools.Seed(n)).Selected.SelectMany(firm => firm.Inspectors).ToList();

            Assert.Equal(6, assignments.Count);
            Assert.All(assignments.GroupBy(inspector => inspector.Id), group => Assert.Equal(2, group.Count()));
        }
    }

    [Fact]
    public void Run_WhenOtherCountyPreferred_TakesInspectorsFromOtherCountiesWhileThereAreSome()
    {
        var inspectors = DrawPools.NumberedInspectors(4, region: "350203").Concat(DrawPools.NumberedInspectors(2, region: "350205").Select(i => i with { Id = "X" + i.Id, BadgeNumber = "X" + i.BadgeNumber }));
        var pool = DrawPools.Pool(new DrawRequest(5, [.. DrawPools.Numbered("F", 5, region: "350203")], [.. inspectors], [], new DrawOptions(PreferOtherCounty: true)));

        var result = DoubleRandomDraw.Run(pool, Golden);

        Assert.All(result.Selected, firm => Assert.All(firm.Inspectors, inspector => Assert.Equal("350205", inspector.Region)));
    }

    [Fact]
    public void Run_WhenClassDWeightedThreeTimes_DrawsClassDFirmsMoreOften()
    {
        var firms = DrawPools.Numbered("B", 20, CreditClass.B).Concat(DrawPools.Numbered("D", 20, CreditClass.D)).ToList();
        var pool = DrawPools.Pool(new DrawRequest(5, firms, [.. DrawPools.NumberedInspectors(2)], [], new DrawOptions(ClassWeights: new CreditClassFactors(1, 1, 1, 3))));

        var classD = Enumerable.Range(0, 200)
            .SelectMany(n => DoubleRandomDraw.Run(pool, DrawPools.Seed(n)).Selected)
            .Count(firm => firm.Firm.CreditClass == CreditClass.D);

        // Of 1000 places, equal weights would give class D about 500; weight 3 gives about 740.
        Assert.InRange(classD, 650, 800);
    }

    [Fact]
    public void Run_WhenAllWeightsEqualButNotOne_DrawsAsUnweighted()
    {
        var unweighted = DrawPools.Pool(DrawPools.Request(5));
        var weighted = DrawPools.Pool(DrawPools.Request(5, new DrawOptions(ClassWeights: new CreditClassFactors(2, 2, 2, 2))));

        Assert.Equal(DrawPools.Codes(DoubleRandomDraw.Run(unweighted, Golden)), DrawPools.Codes(DoubleRandomDraw.Run(weighted, Golden)));
    }

    [Fact]
    public void Verify_WhenResultAsDrawn_Matches()
    {
        var pool = DrawPools.Pool(DrawPools.Request(4, new DrawOptions(MaxFirmsPerInspector: 2, ClassWeights: new CreditClassFactors(0.5m, 1, 2, 3))));
        var result = DoubleRandomDraw.Run(pool, Golden);

        var verification = DoubleRandomDraw.Verify(DrawPools.GoldenSeed, pool.CanonicalText, result);

        Assert.True(verification.Matches, string.Join("; ", verification.Differences));
    }

    [Fact]
    public void Verify_WhenAFirmWasSwapped_NamesThePlace()
    {
        var pool = DrawPools.Pool(DrawPools.Request(3));
        var result = DoubleRandomDraw.Run(pool, Golden);
        var other = DrawPools.Firms.First(firm => firm.Active && !DrawPools.Codes(result).Contains(firm.CreditCode) && firm.CreditCode != DrawPools.CheckedAbove[0].CreditCode);
        var forged = result with { Selected = [result.Selected[0], result.Selected[1] with { Firm = other }, result.Selected[2]] };

        var difference = Assert.Single(DoubleRandomDraw.Verify(DrawPools.GoldenSeed, pool.CanonicalText, forged).Differences);

        Assert.Equal(("Sampling.Verify.FirmDiffers", 2), (difference.Key, difference.Arguments[0]));
    }

    [Fact]
    public void Verify_WhenInspectorsSwapped_ReportsThem()
    {
        var pool = DrawPools.Pool(DrawPools.Request(3));
        var result = DoubleRandomDraw.Run(pool, Golden);
        var forged = result with { Selected = [result.Selected[0] with { Inspectors = [.. result.Selected[0].Inspectors.Reverse()] }, .. result.Selected.Skip(1)] };

        var difference = Assert.Single(DoubleRandomDraw.Verify(DrawPools.GoldenSeed, pool.CanonicalText, forged).Differences);

        Assert.Equal("Sampling.Verify.InspectorsDiffer", difference.Key);
    }

    [Fact]
    public void Verify_WhenListingChangedAfterPublication_ReportsHashAndDraw()
    {
        var pool = DrawPools.Pool(DrawPools.Request(3));
        var result = DoubleRandomDraw.Run(pool, Golden);
        var edited = pool.CanonicalText.Replace("firm|91350203MA2Y000792|A|350203\n", string.Empty, StringComparison.Ordinal);

        var keys = DoubleRandomDraw.Verify(DrawPools.GoldenSeed, edited, result).Differences.Select(difference => difference.Key).ToList();

        Assert.Contains("Sampling.Verify.PoolHashDiffers", keys);
    }

    [Fact]
    public void Verify_WhenAnotherSeedIsGiven_ReportsSeedAndSelection()
    {
        var pool = DrawPools.Pool(DrawPools.Request(3));
        var result = DoubleRandomDraw.Run(pool, Golden);

        var keys = DoubleRandomDraw.Verify(DrawPools.Seed(7).Hex, pool.CanonicalText, result).Differences.Select(difference => difference.Key).ToList();

        Assert.Equal("Sampling.Verify.SeedDiffers", keys[0]);
        Assert.Contains(keys, key => key is "Sampling.Verify.FirmDiffers" or "Sampling.Verify.InspectorsDiffer");
    }
}
