using System.Security.Cryptography;
using System.Text;
using Zhixin.Inspection.Sampling;

namespace Zhixin.Tests.Inspection.Sampling;

/// <summary>
/// Fixed pools for draw tests. The ten credit codes are valid (check characters computed by GB 32100 and
/// GB 11714) but invented; the golden tests need the same codes every run, so they are not made by TestCodes.
/// </summary>
internal static class DrawPools
{
    public static IReadOnlyList<DrawFirm> Firms { get; } =
    [
        new("91350203MA2Y000792", "厦门甲电缆有限公司", "350203", CreditClass.A),
        new("91350203MA2Y00386T", "厦门乙电缆有限公司", "350203", CreditClass.B),
        new("91350205MA2Y00693G", "厦门丙电缆有限公司", "350205", CreditClass.B),
        new("91350206MA2Y01004X", "厦门丁电缆有限公司", "350206", CreditClass.C),
        new("91350203MA2Y01311B", "厦门戊电缆有限公司", "350203", CreditClass.B),
        new("91350211MA2Y01629Q", "厦门己电缆有限公司", "350211", CreditClass.D),
        new("91350205MA2Y01936U", "厦门庚电缆有限公司", "350205", CreditClass.B),
        new("91350212MA2Y022424", "厦门辛电缆有限公司", "350212", CreditClass.B),
        new("91350206MA2Y0255X4", "厦门壬电缆有限公司", "350206", CreditClass.A),
        new("91350203MA2Y02867N", "厦门癸电缆有限公司", "350203", CreditClass.C, Active: false),
    ];

    public static IReadOnlyList<DrawInspector> Inspectors { get; } =
    [
        new("INS-001", "张明", "35020300101", "350203"),
        new("INS-002", "李华", "35020500102", "350205"),
        new("INS-003", "王芳", "35020600103", "350206"),
        new("INS-004", "陈静", "35020300104", "350203"),
        new("INS-005", "林强", "35021100105", "350211"),
    ];

    public static IReadOnlyList<HigherLevelCheck> CheckedAbove { get; } = [new("91350203MA2Y01311B", "国家市场监督管理总局 2024 年电线电缆产品质量国家监督抽查")];

    /// <summary>SHA-256 of the UTF-8 text "zhixin-draw golden seed".</summary>
    public const string GoldenSeed = "e8f2107997c17310fef031b6973c94eb5ed5db4cb2e2e570bec192fb0680f860";

    public static DrawRequest Request(int count, DrawOptions? options = null) =>
        new(count, Firms, Inspectors, CheckedAbove, options ?? DrawOptions.Default);

    public static DrawPool Pool(DrawRequest request)
    {
        var outcome = DrawPool.Create(request);
        Assert.True(outcome.IsValid, string.Join("; ", outcome.Problems));
        return outcome.Value;
    }

    public static DrawSeed Seed(string hex)
    {
        var outcome = DrawSeed.Parse(hex);
        Assert.True(outcome.IsValid, string.Join("; ", outcome.Problems));
        return outcome.Value;
    }

    /// <summary>A seed made from a number, so a test can try many seeds and still run the same every time.</summary>
    public static DrawSeed Seed(int n) => Seed(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"seed {n}"))));

    /// <summary>Firms F001… of one class and region: for tests about counts, where codes need not look real.</summary>
    public static IEnumerable<DrawFirm> Numbered(string prefix, int count, CreditClass creditClass = CreditClass.B, string region = "350203") =>
        Enumerable.Range(1, count).Select(i => new DrawFirm($"{prefix}{i:D3}", $"{prefix}{i:D3}", region, creditClass));

    public static IEnumerable<DrawInspector> NumberedInspectors(int count, string region = "350200") =>
        Enumerable.Range(1, count).Select(i => new DrawInspector($"I{i:D2}", $"I{i:D2}", $"B{i:D2}", region));

    public static IEnumerable<string> Codes(DrawResult result) => result.Selected.Select(firm => firm.Firm.CreditCode);

    public static string Line(DrawnFirm firm) => string.Join(" ", [firm.Firm.CreditCode, .. firm.Inspectors.Select(inspector => inspector.Id)]);
}
