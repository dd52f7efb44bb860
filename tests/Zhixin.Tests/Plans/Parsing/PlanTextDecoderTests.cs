using System.Text;
using Zhixin.Plans.Import.Parsing;

namespace Zhixin.Tests.Plans.Parsing;

public sealed class PlanTextDecoderTests
{
    private const string Simplified = "福建省贯彻实施质量发展纲要行动计划\n一、强化重点产品质量安全监管\n（一）开展综合整治。（省质监局牵头，教育厅参加）\n";
    private const string Traditional = "天津市貫徹落實質量發展綱要行動計劃\n一、強化重點領域質量安全監管\n（一）加強食品安全監管。（市食品藥品監管局、市商務委負責）\n";

    static PlanTextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string> Encodings => new()
    {
        { "gb18030", Simplified },
        { "gbk", Simplified },
        { "gb18030", Traditional },
        { "big5", Traditional },
        { "utf-8", Simplified },
        { "utf-16", Traditional },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decode_WhenEncodedWithLegacyOrUnicodeEncoding_ReturnsOriginalText(string encodingName, string text)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

        var decoded = PlanTextDecoder.Decode(bytes);

        Assert.Equal(text, decoded.Text);
        Assert.NotNull(decoded.EncodingName);
    }

    [Fact]
    public void Decode_WhenUtf8WithByteOrderMark_DropsTheMark()
    {
        var decoded = PlanTextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Simplified)]);

        Assert.Equal(Simplified, decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
    }

    [Fact]
    public void Decode_WhenBig5_NamesBig5()
    {
        Assert.Equal("big5", PlanTextDecoder.Decode(Encoding.GetEncoding("big5").GetBytes(Traditional)).EncodingName);
    }

    [Fact]
    public void Decode_WhenEmpty_FailsSayingSo()
    {
        var decoded = PlanTextDecoder.Decode([]);

        Assert.False(decoded.Succeeded);
        Assert.Contains("empty", decoded.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_WhenOnlyWhiteSpace_FailsSayingSo()
    {
        Assert.Contains("white space", PlanTextDecoder.Decode(Encoding.UTF8.GetBytes(" \r\n\t　")).Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_WhenBinary_FailsSayingSo()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var decoded = PlanTextDecoder.Decode(png);

        Assert.False(decoded.Succeeded);
        Assert.Contains("binary", decoded.Failure, StringComparison.Ordinal);
    }
}
