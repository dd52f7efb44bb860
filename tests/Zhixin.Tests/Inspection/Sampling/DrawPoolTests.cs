using Zhixin.Inspection.Sampling;

namespace Zhixin.Tests.Inspection.Sampling;

public sealed class DrawPoolTests
{
    [Fact]
    public void Create_WhenFewerEligibleFirmsThanRequested_SaysHowMany()
    {
        var outcome = DrawPool.Create(DrawPools.Request(9));

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("Sampling.Draw.TooFewFirms", SamplingSubject.Firms), (problem.Text.Key, problem.Subject));
        Assert.Equal([8, 2, 9], problem.Text.Arguments);
    }

    [Fact]
    public void Create_WhenTooFewFirms_SaysSoInWords()
    {
        var problem = Assert.Single(DrawPool.Create(DrawPools.Request(9)).Problems);

        using var culture = new CultureScope("zh-CN");
        Assert.Equal("可抽取的企业只有 8 家（另有 2 家被排除），少于要抽取的 9 家", problem.Message);
    }

    [Fact]
    public void Create_WhenFewerThanTwoInspectors_IsRefused()
    {
        var outcome = DrawPool.Create(DrawPools.Request(2) with { Inspectors = [DrawPools.Inspectors[0]] });

        Assert.Equal("Sampling.Draw.TooFewInspectors", Assert.Single(outcome.Problems).Text.Key);
    }

    [Fact]
    public void Create_WhenCreditCodeRepeated_NamesIt()
    {
        var outcome = DrawPool.Create(DrawPools.Request(2) with { Firms = [.. DrawPools.Firms, DrawPools.Firms[3] with { Name = "另一名称" }] });

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("Sampling.Draw.DuplicateFirm", "91350206MA2Y01004X"), (problem.Text.Key, problem.Text.Arguments[0]));
    }

    [Fact]
    public void Create_WhenInspectorIdOrBadgeRepeated_NamesThem()
    {
        var inspectors = DrawPools.Inspectors.Append(DrawPools.Inspectors[1] with { BadgeNumber = "X" }).Append(DrawPools.Inspectors[2] with { Id = "INS-009" });

        var outcome = DrawPool.Create(DrawPools.Request(2) with { Inspectors = [.. inspectors] });

        Assert.Equal(
            [("Sampling.Draw.DuplicateInspector", "INS-002"), ("Sampling.Draw.DuplicateBadge", "35020600103")],
            outcome.Problems.Select(problem => (problem.Text.Key, problem.Text.Arguments[0])));
    }

    [Fact]
    public void Create_WhenInspectorLimitLeavesTooFewPlaces_IsRefused()
    {
        // Five inspectors of one firm each give five places; three firms need six.
        var outcome = DrawPool.Create(DrawPools.Request(3, new DrawOptions(MaxFirmsPerInspector: 1)));

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("Sampling.Draw.InspectorCapacity", SamplingSubject.Inspectors), (problem.Text.Key, problem.Subject));
    }

    [Fact]
    public void Create_WhenParametersOutOfRange_ReportsEach()
    {
        var outcome = DrawPool.Create(DrawPools.Request(0, new DrawOptions(MaxFirmsPerInspector: 0, ClassWeights: new CreditClassFactors(0, 1, 1, -1))));

        Assert.Equal(
            ["Sampling.Draw.CountNotPositive", "Sampling.Draw.LimitNotPositive", "Sampling.Draw.WeightNotPositive", "Sampling.Draw.WeightNotPositive"],
            outcome.Problems.Select(problem => problem.Text.Key));
    }

    [Fact]
    public void Create_WhenFieldHoldsSeparator_IsRefusedNamingTheValue()
    {
        var outcome = DrawPool.Create(DrawPools.Request(2) with { Firms = [.. DrawPools.Firms, new DrawFirm("9135|0203", "坏", "350203", CreditClass.B)] });

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("Sampling.Draw.FieldInvalid", "9135|0203"), (problem.Text.Key, problem.Text.Arguments[1]));
    }

    [Fact]
    public void Parse_WhenListingWrittenByCreate_GivesTheSamePool()
    {
        var pool = DrawPools.Pool(DrawPools.Request(4, new DrawOptions(2, true, new CreditClassFactors(0.5m, 1, 2.25m, 3))));

        var parsed = DrawPool.Parse(pool.CanonicalText);

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Problems));
        Assert.Equal((pool.Hash, 8, 5, 2), (parsed.Value.Hash, parsed.Value.Firms.Count, parsed.Value.Inspectors.Count, parsed.Value.Excluded.Count));
    }

    [Fact]
    public void Parse_WhenLinesOutOfOrder_IsNotCanonical()
    {
        var lines = DrawPools.Pool(DrawPools.Request(3)).CanonicalText.Split('\n');
        (lines[8], lines[9]) = (lines[9], lines[8]);

        var problem = Assert.Single(DrawPool.Parse(string.Join('\n', lines)).Problems);

        Assert.Equal(("Sampling.Listing.NotCanonical", 9), (problem.Text.Key, problem.Text.Arguments[0]));
    }

    [Fact]
    public void Parse_WhenWeightWrittenLong_IsNotCanonical()
    {
        var text = DrawPools.Pool(DrawPools.Request(3)).CanonicalText.Replace("weight|B|1\n", "weight|B|1.0\n", StringComparison.Ordinal);

        Assert.Equal("Sampling.Listing.NotCanonical", Assert.Single(DrawPool.Parse(text).Problems).Text.Key);
    }

    [Fact]
    public void Parse_WhenLineUnknown_NamesTheLine()
    {
        var text = DrawPools.Pool(DrawPools.Request(3)).CanonicalText + "firm|X|E|1\n";

        var problem = Assert.Single(DrawPool.Parse(text).Problems);

        Assert.Equal(("Sampling.Listing.Line", 24), (problem.Text.Key, problem.Text.Arguments[0]));
    }

    [Fact]
    public void Parse_WhenFirstLineIsNotTheAlgorithm_IsRefused()
    {
        Assert.Equal("Sampling.Listing.Version", Assert.Single(DrawPool.Parse("zhixin-draw-v0\ncount|1\n").Problems).Text.Key);
    }
}
