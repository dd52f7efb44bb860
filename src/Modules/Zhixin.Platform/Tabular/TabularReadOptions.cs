using System.Text;

namespace Zhixin.Platform.Tabular;

public sealed class TabularReadOptions
{
    internal static readonly TabularReadOptions Default = new();

    /// <summary>
    /// The name the user uploaded the file under, when the file on disk has another (a temporary file): it is
    /// shown in messages and its extension tells .xls and .xlsx apart. Defaults to the name in the path.
    /// </summary>
    public string? FileName { get; init; }

    /// <summary>CSV only: overrides detection (byte order mark, then UTF-8 if the whole file is valid, else GB18030).</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>XLSX only: the sum of the declared uncompressed sizes of all package entries may not exceed this.</summary>
    public long MaxUncompressedBytes { get; init; } = 4L << 30;

    /// <summary>XLSX only: a workbook with more package entries than this is rejected before parsing.</summary>
    public int MaxZipEntries { get; init; } = 10_000;

    /// <summary>XLSX only: the worksheet to read; null reads the first visible worksheet.</summary>
    public string? SheetName { get; init; }
}
