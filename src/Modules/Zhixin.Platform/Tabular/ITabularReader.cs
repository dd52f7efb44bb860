using System.Text;

namespace Zhixin.Platform.Tabular;

/// <summary>
/// One table read from an uploaded file: a header row and the data rows after it, streamed so that a file of
/// any length is read in bounded memory.
/// </summary>
public interface ITabularReader : IDisposable
{
    string FileName { get; }

    TabularFormat Format { get; }

    /// <summary>CSV: the encoding the file was decoded with (detected or given). XLSX: null.</summary>
    Encoding? Encoding { get; }

    /// <summary>XLSX: the name of the worksheet being read. CSV: null.</summary>
    string? SheetName { get; }

    /// <summary>
    /// The first non-empty row, each cell trimmed (byte order mark and zero-width characters removed), without
    /// trailing empty cells. Empty when the file holds no data at all.
    /// </summary>
    IReadOnlyList<string> Header { get; }

    /// <summary>The row number of <see cref="Header"/> as the user sees it (0 when the file is empty).</summary>
    long HeaderRowNumber { get; }

    /// <summary>
    /// The rows after the header, including empty ones (<see cref="TabularRow.IsEmpty"/>), each padded with
    /// null to the header's width. Streams from the file, so it can be enumerated only once.
    /// </summary>
    /// <exception cref="TabularFileException">The file turns out to be malformed part-way through.</exception>
    IEnumerable<TabularRow> Rows();

    /// <summary>
    /// Issues about the file rather than one data row (XLSX merged cells, formulas in the header row). Merged
    /// cells are listed after the sheet's data, so this is complete only after <see cref="Rows"/> was fully
    /// enumerated.
    /// </summary>
    IReadOnlyList<TabularIssue> FileIssues { get; }
}
