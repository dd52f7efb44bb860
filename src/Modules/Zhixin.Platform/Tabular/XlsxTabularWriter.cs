using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Zhixin.Platform.Tabular;

/// <summary>
/// Streams one worksheet of inline-string cells into a zip in create mode: rows go out as they are written,
/// and there is no shared string table to hold in memory.
/// </summary>
internal sealed class XlsxTabularWriter : ITabularWriter
{
    private const int MaxSheetNameLength = 31;
    private const int MaxCellLength = 32_767;
    private const string HeaderStyle = "1";

    private static readonly SearchValues<char> SheetNameForbidden = SearchValues.Create(@":\/?*[]");

    private static readonly OpenXmlAttribute PreserveSpace =
        new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");

    private readonly ZipArchive zip;
    private readonly Stream sheetStream;
    private readonly OpenXmlWriter writer;

    // The writer takes only the name of these; one instance of each serves every row and cell.
    private readonly Row row = new();
    private readonly Cell cell = new();
    private readonly InlineString inlineString = new();
    private readonly Text text = new();

    private readonly List<string> columnNames = [];
    private long rowNumber;
    private bool disposed;

    public XlsxTabularWriter(Stream output, IReadOnlyList<string> header, string sheetName)
    {
        ValidateSheetName(sheetName);
        zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        try
        {
            XlsxPackageParts.Write(zip, sheetName);
            sheetStream = zip.CreateEntry(XlsxPackageParts.SheetPath, CompressionLevel.Optimal).Open();
            writer = OpenXmlWriter.Create(sheetStream);
            writer.WriteStartDocument(standalone: true);
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(FrozenHeaderRow());
            writer.WriteStartElement(new SheetData());
            WriteCells(header, HeaderStyle);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public void WriteRow(IReadOnlyList<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ObjectDisposedException.ThrowIf(disposed, this);
        WriteCells(cells, null);
    }

    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            FinishSheet();
            zip.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            disposed = true;
            FinishSheet();
            await zip.DisposeAsync();
        }
    }

    private void WriteCells(IReadOnlyList<string?> cells, string? style)
    {
        // Checked before anything is written, so a rejected row leaves no half-written row in the sheet.
        Validate(cells);

        var number = (++rowNumber).ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement(row, [new OpenXmlAttribute("r", string.Empty, number)]);
        for (var i = 0; i < cells.Count; i++)
        {
            var value = cells[i];
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            OpenXmlAttribute[] attributes = style is null
                ?
                [
                    new("r", string.Empty, ColumnName(i) + number),
                    new("t", string.Empty, "inlineStr"),
                ]
                :
                [
                    new("r", string.Empty, ColumnName(i) + number),
                    new("s", string.Empty, style),
                    new("t", string.Empty, "inlineStr"),
                ];

            // A string cell is never evaluated, so text such as "=1+1" needs no guard here, unlike in CSV.
            writer.WriteStartElement(cell, attributes);
            writer.WriteStartElement(inlineString);
            writer.WriteStartElement(text,
                char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) ? [PreserveSpace] : []);
            writer.WriteString(XlsxText.Encode(value));
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private void Validate(IReadOnlyList<string?> cells)
    {
        if (rowNumber == CellReference.MaxRow)
        {
            throw new InvalidOperationException($"An XLSX sheet holds at most {CellReference.MaxRow} rows.");
        }

        if (cells.Count > CellReference.MaxColumn)
        {
            throw new ArgumentException($"An XLSX row holds at most {CellReference.MaxColumn} cells.", nameof(cells));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            // 32,767 characters is Excel's cell limit; a workbook that breaks it does not open cleanly.
            if (cells[i]?.Length > MaxCellLength)
            {
                throw new ArgumentException(
                    $"Cell {ColumnName(i)}{rowNumber + 1} has {cells[i]!.Length} characters; Excel allows {MaxCellLength}.",
                    nameof(cells));
            }
        }
    }

    private string ColumnName(int index)
    {
        while (columnNames.Count <= index)
        {
            columnNames.Add(CellReference.ColumnName(columnNames.Count + 1));
        }

        return columnNames[index];
    }

    private void FinishSheet()
    {
        writer.WriteEndElement(); // sheetData
        writer.WriteEndElement(); // worksheet
        writer.Close();
        sheetStream.Dispose();
    }

    private static SheetViews FrozenHeaderRow()
    {
        var pane = new Pane
        {
            VerticalSplit = 1D,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        };
        var view = new SheetView(pane, new Selection { Pane = PaneValues.BottomLeft }) { WorkbookViewId = 0U };
        return new SheetViews(view);
    }

    private static void ValidateSheetName(string sheetName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sheetName);
        if (sheetName.Length > MaxSheetNameLength
            || sheetName.AsSpan().ContainsAny(SheetNameForbidden)
            || sheetName.StartsWith('\'')
            || sheetName.EndsWith('\''))
        {
            throw new ArgumentException(
                @"A sheet name has 1 to 31 characters, none of : \ / ? * [ ], and does not start or end with '.",
                nameof(sheetName));
        }
    }
}
