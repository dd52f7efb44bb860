using Zhixin.Platform.Tabular;

namespace Zhixin.Tests.Platform.Tabular;

public sealed class XlsxValueTests
{
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(1234.5, "1234.5")]
    [InlineData(1e-5, "0.00001")]
    [InlineData(-1.25e-7, "-0.000000125")]
    [InlineData(9.14403e17, "914403000000000000")]
    [InlineData(1e21, "1000000000000000000000")]
    [InlineData(0.1 + 0.2, "0.3")]
    public void Format_WhenNumberGiven_IsPlainDecimalWith15SignificantDigits(double value, string expected) =>
        Assert.Equal(expected, XlsxNumber.Format(value));

    [Theory]
    [InlineData("yyyy/m/d", true)]
    [InlineData("[$-804]yyyy\"年\"m\"月\"d\"日\";@", true)]
    [InlineData("h:mm:ss", true)]
    [InlineData("0.00_);[Red]\\(0.00\\)", false)]
    [InlineData("\"day \"0", false)]
    [InlineData("#,##0\\d", false)]
    [InlineData("General", false)]
    [InlineData("@", false)]
    [InlineData("[DBNum1][$-804]General", false)]
    public void IsDateFormatCode_WhenCodeGiven_LooksOnlyOutsideQuotesAndBrackets(string code, bool isDate) =>
        Assert.Equal(isDate, XlsxDates.IsDateFormatCode(code));

    [Theory]
    [InlineData("a_x000D_b", "a\rb")]
    [InlineData("_x005F_x0041_", "_x0041_")]
    [InlineData("_x00", "_x00")]
    [InlineData("plain", "plain")]
    public void Decode_WhenTextHasEscapes_RestoresCharacters(string stored, string expected) =>
        Assert.Equal(expected, XlsxText.Decode(stored));

    [Theory]
    [InlineData("a\r\nb")]
    [InlineData("bell\u0007")]
    [InlineData("_x0041_ literal")]
    [InlineData("福建𠮷")]
    public void Encode_WhenDecoded_RoundTrips(string text)
    {
        var encoded = XlsxText.Encode(text);

        Assert.DoesNotContain('\r', encoded);
        Assert.Equal(text, XlsxText.Decode(encoded));
    }
}
