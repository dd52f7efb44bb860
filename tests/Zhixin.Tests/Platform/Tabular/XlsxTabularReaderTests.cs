using DocumentFormat.OpenXml.Spreadsheet;
using Zhixin.Platform.Tabular;
using static Zhixin.Tests.Platform.Tabular.XlsxFixture;

namespace Zhixin.Tests.Platform.Tabular;

public sealed class XlsxTabularReaderTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Rows_WhenCellsUseSharedAndInlineStrings_ReadsBoth()
    {
        var path = temp.File("strings.xlsx");
        Write(path, workbook =>
        {
            AddSharedStrings(workbook,
                new SharedStringItem(new Text("企业名称")),
                new SharedStringItem(new Text("福建省厦门市某某有限公司")),
                // Rich text with a phonetic guide: the runs make the value, the guide does not.
                new SharedStringItem(
                    new Run(new Text("厦门")),
                    new Run(new Text("分公司")),
                    new PhoneticRun(new Text("xiamen")) { BaseTextStartIndex = 0, EndingBaseIndex = 2 }));
            AddSheet(workbook, "企业", [
                Row(1, Shared("A1", 0), Text("B1", " 地址 ")),
                Row(2, Shared("A2", 1), Text("B2", "湖滨南路_x000D_\n88号")),
                Row(3, Shared("A3", 2)),
            ]);
        });

        using var reader = TabularFile.Open(path);
        var rows = reader.Rows().ToList();

        Assert.Equal(TabularFormat.Xlsx, reader.Format);
        Assert.Equal("企业", reader.SheetName);
        Assert.Null(reader.Encoding);
        Assert.Equal(["企业名称", "地址"], reader.Header);
        Assert.Equal(["福建省厦门市某某有限公司", "湖滨南路\r\n88号"], rows[0].Cells);
        Assert.Equal(["厦门分公司", null], rows[1].Cells);
        Assert.Equal([2L, 3], rows.Select(row => row.Number));
    }

    [Fact]
    public void Rows_WhenCellsAreNumbersAndBooleans_ReadsInvariantTextWithoutExponent()
    {
        var path = temp.File("numbers.xlsx");
        WriteSheet(path,
            Header("a", "b", "c", "d", "e", "f"),
            Row(2,
                Number("A2", "1234.5"),
                Number("B2", "0.30000000000000004"),
                Number("C2", "1.0000000000000001E-5"),
                Number("D2", "-42"),
                Boolean("E2", true),
                Boolean("F2", false)));

        using var reader = TabularFile.Open(path);
        var row = reader.Rows().Single();

        Assert.Equal(["1234.5", "0.3", "0.00001", "-42", "TRUE", "FALSE"], row.Cells);
        Assert.Empty(row.Issues);
    }

    [Theory]
    [InlineData("9.14403E+17", "914403000000000000")]
    [InlineData("9.1440300192203802E+17", "914403001922038000")]
    [InlineData("914403001922038216", "914403001922038000")]
    [InlineData("1234567890123456", "1234567890123460")]
    public void Rows_WhenNumberHasMoreThan15Digits_ReportsNumberLosesDigits(string stored, string expected)
    {
        var path = temp.File("code.xlsx");
        WriteSheet(path, Header("统一社会信用代码"), Row(2, Number("A2", stored)));

        using var reader = TabularFile.Open(path);
        var row = reader.Rows().Single();

        Assert.Equal(expected, row.Cells[0]);
        var issue = Assert.Single(row.Issues);
        Assert.Equal(("Tabular.NumberLosesDigits", 2L, 1, expected), (issue.Key, issue.Row, issue.Column, issue.Value));
        Assert.Equal([2L, 1, "A", expected], issue.Arguments);
    }

    [Fact]
    public void Rows_WhenCellsHaveDateFormats_ReadsIsoDates()
    {
        var path = temp.File("dates.xlsx");
        Write(path, workbook =>
        {
            AddStyles(workbook);
            AddSheet(workbook, "Sheet1", [
                Header("builtin", "custom", "datetime", "text", "zh31", "general"),
                Row(2,
                    Number("A2", "45292", DateStyle),
                    Number("B2", "45292", ChineseDateStyle),
                    Number("C2", "45292.5", DateTimeStyle),
                    Number("D2", "45292", TextStyle),
                    Number("E2", "45292", Built31Style),
                    Number("F2", "45292")),
                Row(3, Number("A3", "59", DateStyle), Number("B3", "61", DateStyle), Number("C3", "0.75", DateTimeStyle)),
            ]);
        });

        using var reader = TabularFile.Open(path);
        var rows = reader.Rows().ToList();

        Assert.Equal(["2024-01-01", "2024-01-01", "2024-01-01 12:00:00", "45292", "2024-01-01", "45292"],
            rows[0].Cells);
        // Excel counts a nonexistent 1900-02-29 (serial 60); serials on either side must not shift.
        Assert.Equal(["1900-02-28", "1900-03-01", "18:00:00", null, null, null], rows[1].Cells);
    }

    [Fact]
    public void Rows_WhenWorkbookUses1904DateSystem_ShiftsDates()
    {
        var path = temp.File("mac.xlsx");
        Write(path, workbook =>
        {
            workbook.Workbook.InsertAt(new WorkbookProperties { Date1904 = true }, 0);
            AddStyles(workbook);
            AddSheet(workbook, "Sheet1", [Header("日期"), Row(2, Number("A2", "43830", DateStyle))]);
        });

        using var reader = TabularFile.Open(path);

        Assert.Equal("2024-01-01", reader.Rows().Single().Cells[0]);
    }

    [Fact]
    public void Rows_WhenCellIsFormula_ReportsFormulaAndReadsCachedValue()
    {
        var path = temp.File("formula.xlsx");
        WriteSheet(path,
            Header("数量", "单价", "金额"),
            Row(2, Number("A2", "3"), Number("B2", "2.5"), Formula("C2", "A2*B2", "7.5")),
            Row(3, Number("A3", "4"), Number("B3", "2"),
                new Cell(new CellFormula("A2*B2") { FormulaType = CellFormulaValues.Shared, SharedIndex = 0, Reference = "C3:C4" },
                    new CellValue("8"))
                { CellReference = "C3" }),
            Row(4, Number("A4", "1"), Number("B4", "1"),
                new Cell(new CellFormula { FormulaType = CellFormulaValues.Shared, SharedIndex = 0 }, new CellValue("1"))
                {
                    CellReference = "C4",
                }));

        using var reader = TabularFile.Open(path);
        var rows = reader.Rows().ToList();

        Assert.Equal("7.5", rows[0].Cells[2]);
        var issue = Assert.Single(rows[0].Issues);
        Assert.Equal(("Tabular.Formula", 2L, 3, "A2*B2"), (issue.Key, issue.Row, issue.Column, issue.Value));
        Assert.Equal("第 2 行第 3 列（C 列）是公式“=A2*B2”，读取的是它上次计算的结果；请复制该列并“选择性粘贴为数值”后再导入",
            issue.Describe(new System.Globalization.CultureInfo("zh-CN")));
        Assert.Equal("1", rows[2].Cells[2]);
        Assert.Equal("Tabular.Formula", Assert.Single(rows[2].Issues).Key);
    }

    [Fact]
    public void Rows_WhenCellHoldsErrorValue_ReportsCellError()
    {
        var path = temp.File("error.xlsx");
        WriteSheet(path, Header("比例"),
            Row(2, new Cell(new CellFormula("1/0"), new CellValue("#DIV/0!"))
            {
                CellReference = "A2",
                DataType = CellValues.Error,
            }));

        using var reader = TabularFile.Open(path);
        var row = reader.Rows().Single();

        Assert.Equal("#DIV/0!", row.Cells[0]);
        Assert.Equal(["Tabular.Formula", "Tabular.CellError"], row.Issues.Select(issue => issue.Key));
    }

    [Fact]
    public void FileIssues_WhenSheetHasMergedCells_ListsRangesAfterRowsAreRead()
    {
        var path = temp.File("merged.xlsx");
        Write(path, workbook => AddSheet(workbook, "Sheet1",
            [Header("名称", "地址", "电话"), Row(2, Text("A2", "甲")), Row(3, Text("A3", "乙"))],
            new MergeCells(new MergeCell { Reference = "A3:C3" }, new MergeCell { Reference = "B2:B3" })));

        using var reader = TabularFile.Open(path);
        Assert.Empty(reader.FileIssues);
        _ = reader.Rows().ToList();

        Assert.Equal(
            [(3L, 1, "A3:C3"), (2L, 2, "B2:B3")],
            reader.FileIssues.Select(issue => (issue.Row, issue.Column, (string)issue.Arguments[0])));
        Assert.All(reader.FileIssues, issue => Assert.Equal("Tabular.MergedCells", issue.Key));
    }

    [Fact]
    public void Rows_WhenRowsAndCellsAreSparse_PlacesCellsByReferenceAndReportsBlankRows()
    {
        var path = temp.File("sparse.xlsx");
        WriteSheet(path,
            Header("A", "B", "C", "D"),
            Row(2, Text("B2", "b"), Text("D2", "d")),
            // Rows 3 and 4 have no <row> element at all, as Excel saves blank rows.
            Row(5, Text("A5", "a")));

        using var reader = TabularFile.Open(path);
        var rows = reader.Rows().ToList();

        Assert.Equal([2L, 3, 4, 5], rows.Select(row => row.Number));
        Assert.Equal([null, "b", null, "d"], rows[0].Cells);
        Assert.True(rows[1].IsEmpty);
        Assert.Equal(4, rows[1].Cells.Count);
        Assert.Equal(["a", null, null, null], rows[3].Cells);
    }

    [Fact]
    public void Rows_WhenCellsHaveNoReferences_NumbersThemInOrder()
    {
        var path = temp.File("noref.xlsx");
        WriteSheet(path,
            new Row(new Cell(new InlineString(new Text("名称"))) { DataType = CellValues.InlineString },
                new Cell(new InlineString(new Text("地址"))) { DataType = CellValues.InlineString }),
            new Row(new Cell(new CellValue("1")), new Cell(new CellValue("2"))));

        using var reader = TabularFile.Open(path);

        Assert.Equal(["名称", "地址"], reader.Header);
        var row = reader.Rows().Single();
        Assert.Equal((2L, "1", "2"), (row.Number, row.Cells[0], row.Cells[1]));
    }

    [Fact]
    public void Rows_WhenCellIsFarRight_ReportsExtraCellsAtItsColumn()
    {
        var path = temp.File("wide.xlsx");
        WriteSheet(path, Header("名称"), Row(2, Text("A2", "甲"), Text("XFD2", "远")));

        using var reader = TabularFile.Open(path);
        var row = reader.Rows().Single();

        Assert.Equal(16_384, row.Cells.Count);
        var issue = Assert.Single(row.Issues);
        Assert.Equal(("Tabular.ExtraCells", 16_384, "XFD"), (issue.Key, issue.Column, issue.Arguments[2]));
    }

    [Fact]
    public void Open_WhenTitleRowsPrecedeHeader_SkipsBlankRowsAndKeepsSheetNumbers()
    {
        var path = temp.File("title.xlsx");
        WriteSheet(path,
            Row(1, new Cell { CellReference = "A1" }),
            Row(3, Text("A3", "名称")),
            Row(4, Text("A4", "甲")));

        using var reader = TabularFile.Open(path);

        Assert.Equal(3, reader.HeaderRowNumber);
        Assert.Equal(4, reader.Rows().Single().Number);
    }

    [Fact]
    public void Open_WhenNoSheetIsNamed_ReadsFirstVisibleWorksheet()
    {
        var path = temp.File("sheets.xlsx");
        Write(path, workbook =>
        {
            AddSheet(workbook, "字典", [Header("隐藏")], hidden: true);
            AddSheet(workbook, "企业", [Header("名称")]);
            AddSheet(workbook, "说明", [Header("说明")]);
        });

        using var reader = TabularFile.Open(path);

        Assert.Equal("企业", reader.SheetName);
        Assert.Equal(["名称"], reader.Header);
    }

    [Fact]
    public void Open_WhenSheetIsNamed_ReadsThatSheet()
    {
        var path = temp.File("sheets.xlsx");
        Write(path, workbook =>
        {
            AddSheet(workbook, "企业", [Header("名称")]);
            AddSheet(workbook, "Products", [Header("产品")]);
        });

        using var reader = TabularFile.Open(path, new TabularReadOptions { SheetName = "products" });

        Assert.Equal("Products", reader.SheetName);
        Assert.Equal(["产品"], reader.Header);
    }

    [Fact]
    public void Open_WhenNamedSheetIsMissing_ThrowsSheetNotFoundListingSheets()
    {
        var path = temp.File("sheets.xlsx");
        Write(path, workbook =>
        {
            AddSheet(workbook, "企业", [Header("名称")]);
            AddSheet(workbook, "产品", [Header("产品")]);
        });

        var exception = Assert.Throws<TabularFileException>(
            () => TabularFile.Open(path, new TabularReadOptions { SheetName = "人员" }));

        Assert.Equal("Tabular.SheetNotFound", exception.Key);
        Assert.Equal(["sheets.xlsx", "人员", "企业、产品"], exception.Arguments);
    }

    [Fact]
    public void Open_WhenHeaderCellIsFormula_ReportsItAsFileIssue()
    {
        var path = temp.File("header.xlsx");
        WriteSheet(path, Row(1, Formula("A1", "\"名\"&\"称\"", "名称")), Row(2, Text("A2", "甲")));

        using var reader = TabularFile.Open(path);

        Assert.Equal(["名称"], reader.Header);
        Assert.Equal("Tabular.Formula", Assert.Single(reader.FileIssues).Key);
    }
}
