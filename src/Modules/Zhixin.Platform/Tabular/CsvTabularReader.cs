using System.Text;
using Sylvan.Data.Csv;

namespace Zhixin.Platform.Tabular;

internal sealed class CsvTabularReader : ITabularReader
{
    private const int BufferSize = 1 << 16;

    // A record must fit in Sylvan's buffer; the cap keeps a stray unclosed quote from pulling the rest of a
    // large file into memory as one "field".
    private const int MaxRecordChars = 4 << 20;

    private readonly CsvDataReader csv;
    private readonly List<string?> cells = [];
    private long recordNumber;
    private bool enumerated;
    private bool disposed;

    private CsvTabularReader(string fileName, Encoding encoding, CsvDataReader csv)
    {
        FileName = fileName;
        Encoding = encoding;
        this.csv = csv;

        while (TryReadRecord())
        {
            if (!RowShape.IsBlank(cells))
            {
                Header = RowShape.Header(cells);
                HeaderRowNumber = recordNumber;
                return;
            }
        }

        Header = [];
    }

    public string FileName { get; }

    public TabularFormat Format => TabularFormat.Csv;

    public Encoding? Encoding { get; }

    public string? SheetName => null;

    public IReadOnlyList<string> Header { get; }

    public long HeaderRowNumber { get; }

    public IReadOnlyList<TabularIssue> FileIssues => [];

    public static CsvTabularReader Open(string path, string fileName, TabularReadOptions options)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize);
        try
        {
            Encoding encoding;
            if (options.Encoding is { } given)
            {
                encoding = given;
                CsvEncodingDetector.SkipByteOrderMark(stream, given);
            }
            else
            {
                encoding = CsvEncodingDetector.Detect(stream);
            }

            var dataStart = stream.Position;
            var delimiter = DetectDelimiter(stream, encoding);
            stream.Position = dataStart;

            var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, BufferSize);
            var csv = CsvDataReader.Create(text, new CsvDataReaderOptions
            {
                HasHeaders = false,
                Delimiter = delimiter,
                // Sylvan skips lines starting with '#' by default; in an upload such a line is data.
                Comment = '\0',
                MaxBufferSize = MaxRecordChars,
                OwnsReader = true,
            });
            return new CsvTabularReader(fileName, encoding, csv);
        }
        catch (CsvFormatException exception)
        {
            stream.Dispose();
            throw Malformed(fileName, 1, exception);
        }
        catch
        {
            stream.Dispose();
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
            csv.Dispose();
        }
    }

    private IEnumerable<TabularRow> Enumerate()
    {
        while (TryReadRecord())
        {
            yield return RowShape.Data(recordNumber, cells, Header.Count, null);
        }
    }

    private bool TryReadRecord()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        try
        {
            if (!csv.Read())
            {
                return false;
            }
        }
        catch (CsvFormatException exception)
        {
            throw Malformed(FileName, recordNumber + 1, exception);
        }

        recordNumber++;
        cells.Clear();
        for (var i = 0; i < csv.RowFieldCount; i++)
        {
            cells.Add(csv.GetString(i));
        }

        return true;
    }

    /// <summary>
    /// Excel saves "Unicode text" with tabs; anything else uploaded here is comma-separated. Sylvan's own
    /// detection also weighs ';' and '|', so a heading that happens to contain them could re-split the file.
    /// </summary>
    private static char DetectDelimiter(Stream stream, Encoding encoding)
    {
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, BufferSize,
            leaveOpen: true);
        var buffer = new char[BufferSize];
        var length = text.ReadBlock(buffer, 0, buffer.Length);
        var firstLine = buffer.AsSpan(0, length);
        var end = firstLine.IndexOfAny('\r', '\n');
        if (end >= 0)
        {
            firstLine = firstLine[..end];
        }

        return firstLine.Contains('\t') && !firstLine.Contains(',') ? '\t' : ',';
    }

    private static TabularFileException Malformed(string fileName, long record, CsvFormatException exception) =>
        exception is CsvRecordTooLargeException
            ? new TabularFileException("Tabular.RecordTooLarge", [fileName, record, MaxRecordChars], exception)
            : new TabularFileException("Tabular.CsvMalformed", [fileName, record], exception);
}
