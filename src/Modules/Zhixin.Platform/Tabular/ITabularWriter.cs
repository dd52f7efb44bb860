namespace Zhixin.Platform.Tabular;

/// <summary>
/// Writes a table row by row straight to the output stream. Disposing completes the file (for XLSX the zip's
/// central directory is written then); the output stream itself is left open.
/// </summary>
public interface ITabularWriter : IDisposable, IAsyncDisposable
{
    /// <summary>Null and empty cells are written blank. Rows may be shorter or longer than the header.</summary>
    void WriteRow(IReadOnlyList<string?> cells);
}
