using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Zhixin.Platform.Tabular;

internal sealed class XlsxTabularReader : ITabularReader
{
    private readonly FileStream stream;
    private readonly SpreadsheetDocument document;
    private readonly XlsxSheetParser parser;
    private readonly List<TabularIssue> fileIssues = [];
    private bool finished;
    private bool enumerated;
    private bool disposed;

    private XlsxTabularReader(string fileName, string sheetName, FileStream stream, SpreadsheetDocument document,
        XlsxSheetParser parser)
    {
        FileName = fileName;
        SheetName = sheetName;
        this.stream = stream;
        this.document = document;
        this.parser = parser;

        while (ReadRow())
        {
            if (!RowShape.IsBlank(parser.Cells))
            {
                Header = RowShape.Header(parser.Cells);
                HeaderRowNumber = parser.RowNumber;
                fileIssues.AddRange(parser.TakeIssues() ?? []);
                return;
            }
        }

        Header = [];
    }

    public string FileName { get; }

    public TabularFormat Format => TabularFormat.Xlsx;

    public System.Text.Encoding? Encoding => null;

    public string? SheetName { get; }

    public IReadOnlyList<string> Header { get; }

    public long HeaderRowNumber { get; }

    public IReadOnlyList<TabularIssue> FileIssues =>
        finished ? [.. fileIssues, .. parser.MergedCells] : fileIssues;

    public static XlsxTabularReader Open(string path, string fileName, TabularReadOptions options)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        SpreadsheetDocument? document = null;
        XlsxSheetParser? parser = null;

        // Until the workbook part is found the file is not a spreadsheet; after that it is a damaged one.
        var failureKey = "Tabular.NotXlsx";
        try
        {
            XlsxPackageGuard.Check(stream, fileName, options);
            document = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings
            {
                // Belt and braces with the package guard: no single part may expand beyond the byte limit.
                MaxCharactersInPart = options.MaxUncompressedBytes,
            });
            var workbookPart = document.WorkbookPart ?? throw new TabularFileException("Tabular.NotXlsx", [fileName]);
            failureKey = "Tabular.Malformed";

            var workbook = XlsxWorkbook.Read(workbookPart);
            var (sheetName, worksheetPart) = ChooseSheet(workbookPart, workbook, fileName, options.SheetName);
            var styles = XlsxStyles.Read(workbookPart.WorkbookStylesPart);
            var sharedStrings = XlsxSharedStrings.Read(workbookPart.SharedStringTablePart);
            parser = new XlsxSheetParser(OpenXmlReader.Create(worksheetPart), fileName, sharedStrings, styles,
                workbook.Date1904);
            return new XlsxTabularReader(fileName, sheetName, stream, document, parser);
        }
        catch (Exception exception) when (IsLibraryFailure(exception))
        {
            Close(parser, document, stream);
            throw new TabularFileException(failureKey, [fileName], exception);
        }
        catch
        {
            Close(parser, document, stream);
            throw;
        }
    }

    public IEnumerable<TabularRow> Rows()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (enumerated)
        {
            throw new InvalidOperationException("The rows of a tabular file can be enumerated only once.");
        }

        enumerated = true;
        return Enumerate();
    }

    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            Close(parser, document, stream);
        }
    }

    private IEnumerable<TabularRow> Enumerate()
    {
        var width = Header.Count;
        var previous = HeaderRowNumber;
        while (ReadRow())
        {
            var number = parser.RowNumber;

            // Excel writes no <row> for a row that is entirely blank; report it as the CSV reader would.
            for (var blank = previous + 1; blank < number; blank++)
            {
                yield return RowShape.Data(blank, [], width, null);
            }

            yield return RowShape.Data(number, parser.Cells, width, parser.TakeIssues());
            previous = Math.Max(previous, number);
        }
    }

    private bool ReadRow()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (finished)
        {
            return false;
        }

        try
        {
            if (parser.ReadRow())
            {
                return true;
            }
        }
        catch (Exception exception) when (IsLibraryFailure(exception))
        {
            throw new TabularFileException("Tabular.Malformed", [FileName], exception);
        }

        finished = true;
        return false;
    }

    private static (string Name, WorksheetPart Part) ChooseSheet(WorkbookPart workbookPart, XlsxWorkbook workbook,
        string fileName, string? wanted)
    {
        var worksheets = workbook.Sheets
            .Select(sheet => (sheet.Name, sheet.IsHidden,
                Part: sheet.RelationshipId is not null && workbookPart.TryGetPartById(sheet.RelationshipId, out var part)
                    ? part as WorksheetPart
                    : null))
            .Where(sheet => sheet.Part is not null)
            .ToList();

        if (wanted is not null)
        {
            foreach (var sheet in worksheets)
            {
                // Excel treats sheet names case-insensitively.
                if (string.Equals(sheet.Name, wanted, StringComparison.OrdinalIgnoreCase))
                {
                    return (sheet.Name, sheet.Part!);
                }
            }

            throw new TabularFileException("Tabular.SheetNotFound",
                [fileName, wanted, string.Join("、", worksheets.Select(sheet => sheet.Name))]);
        }

        // A hidden first sheet is usually a lookup list behind drop-downs, not the table the user filled in.
        var chosen = worksheets.FirstOrDefault(sheet => !sheet.IsHidden);
        if (chosen.Part is null)
        {
            chosen = worksheets.FirstOrDefault();
        }

        return chosen.Part is null
            ? throw new TabularFileException("Tabular.NoSheet", [fileName])
            : (chosen.Name, chosen.Part);
    }

    private static void Close(XlsxSheetParser? parser, SpreadsheetDocument? document, FileStream stream)
    {
        parser?.Dispose();
        document?.Dispose();
        stream.Dispose();
    }

    // XmlException includes a prohibited DTD; InvalidDataException and EndOfStreamException come from a damaged
    // or truncated zip; FileFormatException, OpenXmlPackageException and InvalidOperationException ("part does
    // not exist") from an inconsistent package. These are the file's fault, never the caller's.
    private static bool IsLibraryFailure(Exception exception) =>
        exception is XmlException or InvalidDataException or EndOfStreamException or FileFormatException
            or OpenXmlPackageException or NotSupportedException
            or (InvalidOperationException and not ObjectDisposedException);
}
