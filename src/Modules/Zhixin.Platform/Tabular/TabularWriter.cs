namespace Zhixin.Platform.Tabular;

public static class TabularWriter
{
    /// <summary>
    /// Starts a table and writes its header row. CSV is UTF-8 with a byte order mark (Excel on Chinese Windows
    /// reads a file without one as GBK); XLSX has a single sheet with a bold, frozen header row.
    /// </summary>
    /// <param name="output">Written synchronously while rows are written; not closed by the writer.</param>
    /// <param name="sheetName">XLSX only: 1 to 31 characters, none of : \ / ? * [ ].</param>
    public static ITabularWriter Create(Stream output, TabularFormat format, IReadOnlyList<string> header,
        string sheetName = "Sheet1")
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(header);

        return format switch
        {
            TabularFormat.Csv => new CsvTabularWriter(output, header),
            TabularFormat.Xlsx => new XlsxTabularWriter(output, header, sheetName),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }
}
