using Zhixin.Inspection.Sampling;

namespace Zhixin.Tests.Inspection.Sampling;

/// <summary>
/// Cross-implementation checks: the listings, hashes and draws below were computed by the Python reference
/// in docs/inspection-sampling.md (hashlib only), not by this code. If one of these fails, the published
/// protocol and this implementation disagree.
/// </summary>
public sealed class DrawGoldenTests
{
    private const string PlainListing =
        "zhixin-draw-v1\n" +
        "count|3\n" +
        "per-inspector|0\n" +
        "prefer-other-county|0\n" +
        "weight|A|1\n" +
        "weight|B|1\n" +
        "weight|C|1\n" +
        "weight|D|1\n" +
        "firm|91350203MA2Y000792|A|350203\n" +
        "firm|91350203MA2Y00386T|B|350203\n" +
        "firm|91350205MA2Y00693G|B|350205\n" +
        "firm|91350205MA2Y01936U|B|350205\n" +
        "firm|91350206MA2Y01004X|C|350206\n" +
        "firm|91350206MA2Y0255X4|A|350206\n" +
        "firm|91350211MA2Y01629Q|D|350211\n" +
        "firm|91350212MA2Y022424|B|350212\n" +
        "inspector|INS-001|350203\n" +
        "inspector|INS-002|350205\n" +
        "inspector|INS-003|350206\n" +
        "inspector|INS-004|350203\n" +
        "inspector|INS-005|350211\n" +
        "excluded|91350203MA2Y01311B|higher-level\n" +
        "excluded|91350203MA2Y02867N|inactive\n";

    [Fact]
    public void CanonicalText_WhenGoldenPool_IsTheListingThePythonReferenceReads()
    {
        Assert.Equal(PlainListing, DrawPools.Pool(DrawPools.Request(3)).CanonicalText);
    }

    [Fact]
    public void Hash_WhenGoldenPool_MatchesPythonHashlib()
    {
        Assert.Equal("f93fc93ed1ab06d7093527ac1f4f125c4eb7efb4b9eec987feb24d372baf1984", DrawPools.Pool(DrawPools.Request(3)).Hash);
    }

    [Fact]
    public void Run_WhenGoldenPoolAndSeed_SelectsWhatPythonSelects()
    {
        var result = DoubleRandomDraw.Run(DrawPools.Pool(DrawPools.Request(3)), DrawPools.Seed(DrawPools.GoldenSeed));

        Assert.Equal(
            ["91350205MA2Y00693G INS-002 INS-001", "91350203MA2Y00386T INS-004 INS-001", "91350205MA2Y01936U INS-002 INS-005"],
            result.Selected.Select(DrawPools.Line));
    }

    // Weights A 0.5, B 1, C 2, D 3 (Efraimidis–Spirakis through pow), at most 2 firms per inspector,
    // inspectors of another county first.
    [Fact]
    public void Run_WhenGoldenPoolWeightedWithLimitAndCountyPreference_SelectsWhatPythonSelects()
    {
        var options = new DrawOptions(MaxFirmsPerInspector: 2, PreferOtherCounty: true, ClassWeights: new CreditClassFactors(0.5m, 1, 2, 3));
        var pool = DrawPools.Pool(DrawPools.Request(4, options));

        var result = DoubleRandomDraw.Run(pool, DrawPools.Seed(DrawPools.GoldenSeed));

        Assert.Equal("34038951a89df9ba5915e5247c65bb400613ee2f0010627cbf3eab4931b7941c", pool.Hash);
        Assert.Equal(
            ["91350205MA2Y00693G INS-001 INS-004", "91350203MA2Y00386T INS-003 INS-005", "91350205MA2Y01936U INS-005 INS-001", "91350206MA2Y01004X INS-002 INS-004"],
            result.Selected.Select(DrawPools.Line));
    }

    // Five inspectors with at most two firms each for five firms: exactly the ten places needed, so the
    // reservation rule decides the later pairs.
    [Fact]
    public void Run_WhenGoldenPoolWithTightInspectorLimit_SelectsWhatPythonSelects()
    {
        var pool = DrawPools.Pool(DrawPools.Request(5, new DrawOptions(MaxFirmsPerInspector: 2)));

        var result = DoubleRandomDraw.Run(pool, DrawPools.Seed(DrawPools.GoldenSeed));

        Assert.Equal("979ac7e3090b25105e4117816b893e8b7bb793d691becd6ca6e56e21bf48272f", pool.Hash);
        Assert.Equal(
            [
                "91350205MA2Y00693G INS-002 INS-001",
                "91350203MA2Y00386T INS-004 INS-001",
                "91350205MA2Y01936U INS-002 INS-005",
                "91350212MA2Y022424 INS-005 INS-003",
                "91350206MA2Y01004X INS-003 INS-004",
            ],
            result.Selected.Select(DrawPools.Line));
    }
}
