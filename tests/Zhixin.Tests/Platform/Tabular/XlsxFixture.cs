using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Zhixin.Tests.Platform.Tabular;

/// <summary>Builds workbooks with the SDK's DOM, the way Excel would save them, to feed the streaming reader.</summary>
internal static class XlsxFixture
{
    /// <summary>Style indexes of <see cref="Styles"/>.</summary>
    public const uint DateStyle = 1;
    public const uint ChineseDateStyle = 2;
    public const uint DateTimeStyle = 3;
    public const uint TextStyle = 4;
    public const uint Built31Style = 5;

    public static void Write(string path, Action<WorkbookPart> build)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook(new Sheets());
        build(workbookPart);
        workbookPart.Workbook.Save();
    }

    /// <summary>One sheet named Sheet1 with the given rows.</summary>
    public static void WriteSheet(string path, params Row[] rows) =>
        Write(path, workbook => AddSheet(workbook, "Sheet1", rows));

    public static WorksheetPart AddSheet(WorkbookPart workbook, string name, Row[] rows,
        MergeCells? merges = null, bool hidden = false)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = merges is null
            ? new Worksheet(new SheetData(rows))
            : new Worksheet(new SheetData(rows), merges);
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet
        {
            Name = name,
            SheetId = (uint)sheets.ChildElements.Count + 1,
            Id = workbook.GetIdOfPart(part),
            State = hidden ? SheetStateValues.Hidden : null,
        });
        return part;
    }

    public static void AddSharedStrings(WorkbookPart workbook, params SharedStringItem[] items)
    {
        var part = workbook.AddNewPart<SharedStringTablePart>();
        part.SharedStringTable = new SharedStringTable(items) { Count = (uint)items.Length, UniqueCount = (uint)items.Length };
    }

    /// <summary>
    /// cellXfs: 0 General, 1 builtin 14 (date), 2 custom yyyy"年"m"月"d"日", 3 builtin 22 (date and time),
    /// 4 builtin 49 (text), 5 builtin 31 (zh-CN long date).
    /// </summary>
    public static void AddStyles(WorkbookPart workbook)
    {
        var part = workbook.AddNewPart<WorkbookStylesPart>();
        part.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat
            {
                NumberFormatId = 176,
                FormatCode = "[$-804]yyyy\"年\"m\"月\"d\"日\";@",
            })
            { Count = 1 },
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 14 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0 },
                new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 176, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 22, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 31, ApplyNumberFormat = true })
            { Count = 6 });
    }

    public static Row Row(uint number, params Cell[] cells) => new(cells) { RowIndex = number };

    public static Cell Text(string reference, string text) => new(new InlineString(new Text(text)))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
    };

    public static Cell Shared(string reference, int index) => new(new CellValue(index))
    {
        CellReference = reference,
        DataType = CellValues.SharedString,
    };

    public static Cell Number(string reference, string value, uint? style = null) => new(new CellValue(value))
    {
        CellReference = reference,
        StyleIndex = style is { } index ? (UInt32Value)index : null,
    };

    public static Cell Boolean(string reference, bool value) => new(new CellValue(value ? "1" : "0"))
    {
        CellReference = reference,
        DataType = CellValues.Boolean,
    };

    public static Cell Formula(string reference, string formula, string cached) =>
        new(new CellFormula(formula), new CellValue(cached)) { CellReference = reference };

    /// <summary>A header row of inline strings in row 1: A1, B1, ...</summary>
    public static Row Header(params string[] names) =>
        Row(1, [.. names.Select((name, i) => Text(ColumnName(i) + "1", name))]);

    /// <summary>Replaces one part's XML inside an existing package, for content the DOM would refuse to write.</summary>
    public static void ReplacePart(string path, string partName, Func<string, string> rewrite)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(partName) ?? throw new InvalidOperationException(partName + " is not in the package");
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(partName).Open());
        writer.Write(rewrite(xml));
    }

    /// <summary>The path inside the package of the first worksheet, whatever the SDK named it.</summary>
    public static string FirstSheetPartName(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return document.WorkbookPart!.WorksheetParts.First().Uri.OriginalString.TrimStart('/');
    }

    private static string ColumnName(int index) => ((char)('A' + index)).ToString();
}
