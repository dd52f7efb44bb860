using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Zhixin.Platform.Tabular;

namespace Zhixin.Tests.Platform.Tabular;

public sealed class TabularWriterTests : IDisposable
{
    private static readonly string[] Header = ["企业名称", "地址", "备注", "公式样"];

    private static readonly string?[][] Rows =
    [
        ["福建省厦门市某某有限公司", "厦门市思明区湖滨南路 88 号，5 楼", "他说\"可以\"", "=SUM(A1:A9)"],
        ["某某（福州）食品有限公司", "福州市\r\n鼓楼区", null, "-12"],
        ["  前后有空格  ", "", "制表\t符", "@备注"],
    ];

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void WriteRow_WhenCsv_WritesUtf8BomCrlfAndRfc4180Quoting()
    {
        using var output = new MemoryStream();
        using (var writer = TabularWriter.Create(output, TabularFormat.Csv, ["名称", "备注"]))
        {
            writer.WriteRow(["甲,乙", "说\"好\""]);
            writer.WriteRow(["换\n行", null]);
        }

        var bytes = output.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("名称,备注\r\n\"甲,乙\",\"说\"\"好\"\"\"\r\n\"换\n行\",\r\n", Encoding.UTF8.GetString(bytes.AsSpan(3)));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 592", "'+86 592")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("=A1,B1", "\"'=A1,B1\"")]
    [InlineData("a=b", "a=b")]
    public void WriteRow_WhenCsvCellLooksLikeFormula_PrefixesApostrophe(string cell, string written)
    {
        using var output = new MemoryStream();
        using (var writer = TabularWriter.Create(output, TabularFormat.Csv, ["x"]))
        {
            writer.WriteRow([cell]);
        }

        Assert.Equal("x\r\n" + written + "\r\n", Encoding.UTF8.GetString(output.ToArray().AsSpan(3)));
    }

    [Fact]
    public void RoundTrip_WhenCsv_ReadsBackWhatWasWrittenWithApostropheBeforeFormulaLikeCells()
    {
        var path = temp.File("export.csv");
        using (var file = File.Create(path))
        using (var writer = TabularWriter.Create(file, TabularFormat.Csv, Header))
        {
            foreach (var row in Rows)
            {
                writer.WriteRow(row);
            }
        }

        using var reader = TabularFile.Open(path);
        var read = reader.Rows().ToList();

        Assert.Equal(Encoding.UTF8.CodePage, reader.Encoding!.CodePage);
        Assert.Equal(Header, reader.Header);
        // The guard is part of the data: Excel shows the apostrophe for a CSV, and so does the reader.
        string?[][] expected =
        [
            [.. Rows[0][..3], "'=SUM(A1:A9)"],
            [.. Rows[1][..3], "'-12"],
            [Rows[2][0], null, Rows[2][2], "'@备注"],
        ];
        Assert.Equal(expected, read.Select(row => row.Cells.ToArray()));
    }

    [Fact]
    public void RoundTrip_WhenXlsx_ReadsBackExactlyWhatWasWritten()
    {
        var path = temp.File("export.xlsx");
        using (var file = File.Create(path))
        using (var writer = TabularWriter.Create(file, TabularFormat.Xlsx, Header, "企业名录"))
        {
            foreach (var row in Rows)
            {
                writer.WriteRow(row);
            }
        }

        using var reader = TabularFile.Open(path);
        var read = reader.Rows().ToList();

        Assert.Equal("企业名录", reader.SheetName);
        Assert.Equal(Header, reader.Header);
        Assert.Equal([2L, 3, 4], read.Select(row => row.Number));
        Assert.Equal(Rows.Select(row => row.Select(cell => cell == string.Empty ? null : cell).ToArray()),
            read.Select(row => row.Cells.ToArray()));
        Assert.All(read, row => Assert.Empty(row.Issues));
    }

    [Fact]
    public void Create_WhenXlsx_WritesValidWorkbookWithBoldFrozenHeaderAndInlineStrings()
    {
        var path = temp.File("valid.xlsx");
        using (var file = File.Create(path))
        using (var writer = TabularWriter.Create(file, TabularFormat.Xlsx, Header))
        {
            writer.WriteRow(Rows[0]);
        }

        using var document = SpreadsheetDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken));

        var workbookPart = document.WorkbookPart!;
        Assert.Null(workbookPart.SharedStringTablePart);
        var worksheet = workbookPart.WorksheetParts.Single().Worksheet;
        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal((1D, "A2", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));

        var headerCell = worksheet.Descendants<Cell>().First();
        var format = workbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>()
            .ElementAt((int)headerCell.StyleIndex!.Value);
        var font = workbookPart.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value);
        Assert.NotNull(font.GetFirstChild<Bold>());
        Assert.Equal(CellValues.InlineString, headerCell.DataType!.Value);
        Assert.Equal("=SUM(A1:A9)", worksheet.Descendants<Cell>().Last().InnerText);
        Assert.Empty(worksheet.Descendants<CellFormula>());
    }

    [Fact]
    public async Task DisposeAsync_WhenOutputCannotSeek_CompletesReadableWorkbook()
    {
        using var buffer = new MemoryStream();
        await using (var writer = TabularWriter.Create(new ForwardOnlyStream(buffer), TabularFormat.Xlsx, ["名称"]))
        {
            writer.WriteRow(["甲"]);
        }

        var path = temp.File("streamed.xlsx");
        await File.WriteAllBytesAsync(path, buffer.ToArray(), TestContext.Current.CancellationToken);
        using var reader = TabularFile.Open(path);

        Assert.Equal("甲", reader.Rows().Single().Cells[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("[1]")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二")]
    public void Create_WhenSheetNameIsInvalid_ThrowsArgumentException(string sheetName)
    {
        using var output = new MemoryStream();

        Assert.ThrowsAny<ArgumentException>(() => TabularWriter.Create(output, TabularFormat.Xlsx, ["x"], sheetName));
    }

    /// <summary>An HTTP response body, say: it can only be written forwards.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
