using System.Text;
using Zhixin.Platform.Tabular;

namespace Zhixin.Tests.Platform.Tabular;

public sealed class CsvTabularReaderTests : IDisposable
{
    private const string Firm = "福建省厦门市某某有限公司";

    private readonly TempDirectory temp = new();

    static CsvTabularReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("GBK")]
    [InlineData("GB18030")]
    public void Open_WhenFileIsChineseAnsiWithoutBom_DecodesAsGb18030(string encodingName)
    {
        // 𠮷 is outside GBK: only GB18030 can carry it, in a four-byte sequence.
        var name = encodingName == "GB18030" ? Firm + "𠮷" : Firm;
        var path = Write("企业.csv", $"统一社会信用代码,企业名称\r\n91350200MA2Y0P0X5R,{name}\r\n",
            Encoding.GetEncoding(encodingName));

        using var reader = TabularFile.Open(path);
        var rows = reader.Rows().ToList();

        Assert.Equal(TabularFormat.Csv, reader.Format);
        Assert.Equal(54936, reader.Encoding!.CodePage);
        Assert.Equal(["统一社会信用代码", "企业名称"], reader.Header);
        Assert.Equal(name, Assert.Single(rows).Cells[1]);
    }

    [Fact]
    public void Open_WhenFileIsUtf8WithoutBom_DecodesAsUtf8()
    {
        var path = Write("企业.csv", $"名称\n{Firm}\n", new UTF8Encoding(false));

        using var reader = TabularFile.Open(path);

        Assert.Equal(Encoding.UTF8.CodePage, reader.Encoding!.CodePage);
        Assert.Equal(Firm, reader.Rows().Single().Cells[0]);
    }

    [Fact]
    public void Open_WhenUtf8IsInvalidOnlyNearTheEnd_DetectsGb18030()
    {
        // Detection must look at the whole file, not just the first buffer: 200 KB of ASCII, then GBK.
        var text = "名称\n" + string.Concat(Enumerable.Repeat("abcdefghij\n", 20_000)) + Firm + "\n";
        var bytes = Encoding.GetEncoding("GBK").GetBytes(text);
        var path = temp.File("late.csv");
        File.WriteAllBytes(path, bytes);

        using var reader = TabularFile.Open(path, new TabularReadOptions());

        Assert.Equal(54936, reader.Encoding!.CodePage);
        Assert.Equal(Firm, reader.Rows().Last().Cells[0]);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Open_WhenFileHasByteOrderMark_UsesItAndStripsItFromHeader(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var path = temp.File("bom.csv");
        File.WriteAllBytes(path, [.. encoding.Preamble, .. encoding.GetBytes($"名称,地址\r\n{Firm},厦门\r\n")]);

        using var reader = TabularFile.Open(path);

        Assert.Equal(encoding.CodePage, reader.Encoding!.CodePage);
        Assert.Equal("名称", reader.Header[0]);
        Assert.Equal(Firm, reader.Rows().Single().Cells[0]);
    }

    [Fact]
    public void Open_WhenEncodingIsGiven_OverridesDetection()
    {
        // Valid UTF-8 bytes that the uploader says are GBK: the caller's word wins.
        var path = Write("given.csv", "名称\n福建\n", new UTF8Encoding(false));
        var gbk = Encoding.GetEncoding("GBK");

        using var reader = TabularFile.Open(path, new TabularReadOptions { Encoding = gbk });

        Assert.Same(gbk, reader.Encoding);
        Assert.Equal(gbk.GetString(Encoding.UTF8.GetBytes("福建")), reader.Rows().Single().Cells[0]);
    }

    [Fact]
    public void Rows_WhenFieldsAreQuoted_UnquotesCommasQuotesAndLineBreaks()
    {
        var path = Write("quoted.csv", "名称,地址,备注\r\n\"某某公司，厦门\",\"湖滨南路\r\n88号\",\"他说\"\"好\"\"\"\r\n",
            Encoding.UTF8);

        using var reader = TabularFile.Open(path);
        var row = reader.Rows().Single();

        Assert.Equal(["某某公司，厦门", "湖滨南路\r\n88号", "他说\"好\""], row.Cells);
        Assert.Equal(2, row.Number);
    }

    [Fact]
    public void Rows_WhenHeaderHasTabsAndNoCommas_SplitsOnTabs()
    {
        var path = Write("tabs.csv", "名称\t地址\n某某公司, 厦门分公司\t厦门\n", Encoding.UTF8);

        using var reader = TabularFile.Open(path);

        Assert.Equal(["名称", "地址"], reader.Header);
        Assert.Equal(["某某公司, 厦门分公司", "厦门"], reader.Rows().Single().Cells);
    }

    [Fact]
    public void Rows_WhenLinesAreEmpty_ReportsThemAsEmptyRowsWithTheirNumbers()
    {
        var path = Write("gaps.csv", "名称,地址\n甲,厦门\n\n , \n乙,福州\n", Encoding.UTF8);

        using var reader = TabularFile.Open(path);
        var rows = reader.Rows().ToList();

        Assert.Equal([2L, 3, 4, 5], rows.Select(row => row.Number));
        Assert.Equal([false, true, true, false], rows.Select(row => row.IsEmpty));
        Assert.Equal([null, null], rows[1].Cells);
    }

    [Fact]
    public void Rows_WhenRowIsShorterOrLonger_PadsWithNullOrReportsExtraCells()
    {
        var path = Write("widths.csv", "名称,地址,电话\n甲\n乙,福州,123,多出来的\n丙,泉州,456,,\n", Encoding.UTF8);

        using var reader = TabularFile.Open(path);
        var rows = reader.Rows().ToList();

        Assert.Equal(["甲", null, null], rows[0].Cells);
        Assert.Empty(rows[0].Issues);

        var issue = Assert.Single(rows[1].Issues);
        Assert.Equal("Tabular.ExtraCells", issue.Key);
        Assert.Equal((3L, 4, "多出来的"), (issue.Row, issue.Column, issue.Value));
        Assert.Equal(["乙", "福州", "123", "多出来的"], rows[1].Cells);

        // Trailing empty fields, as Excel writes for a row next to a wider one, are not extra cells.
        Assert.Empty(rows[2].Issues);
        Assert.Equal(3, rows[2].Cells.Count);
    }

    [Fact]
    public void Rows_WhenLineStartsWithHash_KeepsItAsData()
    {
        var path = Write("hash.csv", "编号,名称\n#12,甲\n", Encoding.UTF8);

        using var reader = TabularFile.Open(path);

        Assert.Equal(["#12", "甲"], reader.Rows().Single().Cells);
    }

    [Fact]
    public void Open_WhenFileStartsWithEmptyLines_TakesFirstNonEmptyLineAsHeader()
    {
        var path = Write("lead.csv", "\n,,\n名称,地址,,\n甲,厦门\n", Encoding.UTF8);

        using var reader = TabularFile.Open(path);

        Assert.Equal(["名称", "地址"], reader.Header);
        Assert.Equal(3, reader.HeaderRowNumber);
        Assert.Equal(4, reader.Rows().Single().Number);
    }

    [Fact]
    public void Open_WhenFileIsEmpty_HasNoHeaderAndNoRows()
    {
        var path = Write("empty.csv", string.Empty, Encoding.UTF8);

        using var reader = TabularFile.Open(path);

        Assert.Empty(reader.Header);
        Assert.Empty(reader.Rows());
    }

    [Fact]
    public void Rows_WhenQuoteIsNotClosedProperly_ThrowsCsvMalformedWithRow()
    {
        var path = Write("bad.csv", "名称,地址\n甲,厦门\n\"乙\"公司,福州\n", Encoding.UTF8);

        using var reader = TabularFile.Open(path);
        var exception = Assert.Throws<TabularFileException>(() => reader.Rows().ToList());

        Assert.Equal("Tabular.CsvMalformed", exception.Key);
        Assert.Equal(["bad.csv", 3L], exception.Arguments);
        Assert.Contains("第 3 行", exception.Describe(new System.Globalization.CultureInfo("zh-CN")), StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_WhenQuoteIsNeverClosed_ThrowsRecordTooLargeInsteadOfBufferingTheFile()
    {
        var line = "某某公司,福州市鼓楼区\n";
        var path = Write("open.csv", "名称,地址\n\"甲,厦门\n" + string.Concat(Enumerable.Repeat(line, 400_000)), Encoding.UTF8);

        using var reader = TabularFile.Open(path);
        var exception = Assert.Throws<TabularFileException>(() => reader.Rows().ToList());

        Assert.Equal("Tabular.RecordTooLarge", exception.Key);
        Assert.Equal(2L, exception.Arguments[1]);
    }

    [Fact]
    public void Rows_WhenEnumeratedTwice_Throws()
    {
        var path = Write("twice.csv", "名称\n甲\n", Encoding.UTF8);

        using var reader = TabularFile.Open(path);
        _ = reader.Rows().ToList();

        Assert.Throws<InvalidOperationException>(() => reader.Rows());
    }

    private string Write(string name, string text, Encoding encoding)
    {
        var path = temp.File(name);
        File.WriteAllBytes(path, encoding.GetBytes(text));
        return path;
    }
}
