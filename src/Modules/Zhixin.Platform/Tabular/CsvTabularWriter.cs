using System.Buffers;
using System.Text;

namespace Zhixin.Platform.Tabular;

/// <summary>RFC 4180 CSV: comma-separated, CRLF line ends, fields with a comma, quote or line break in quotes.</summary>
internal sealed class CsvTabularWriter : ITabularWriter
{
    private const int BufferSize = 1 << 16;

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    // Excel runs a cell starting with one of these as a formula (CSV injection); a leading apostrophe makes
    // it plain text. Tab and CR are included because Excel strips them and then looks at the next character.
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    private readonly StreamWriter writer;
    private bool disposed;

    public CsvTabularWriter(Stream output, IReadOnlyList<string> header)
    {
        output.Write(Encoding.UTF8.Preamble);
        writer = new StreamWriter(output, TabularEncodings.Utf8NoBom, BufferSize, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        WriteRow(header);
    }

    public void WriteRow(IReadOnlyList<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ObjectDisposedException.ThrowIf(disposed, this);

        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteField(cells[i]);
        }

        writer.WriteLine();
    }

    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            writer.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            disposed = true;
            await writer.DisposeAsync();
        }
    }

    private void WriteField(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return;
        }

        var quoted = cell.AsSpan().ContainsAny(NeedsQuotes);
        if (quoted)
        {
            writer.Write('"');
        }

        if (FormulaStarts.Contains(cell[0]))
        {
            writer.Write('\'');
        }

        writer.Write(quoted ? cell.Replace("\"", "\"\"", StringComparison.Ordinal) : cell);
        if (quoted)
        {
            writer.Write('"');
        }
    }
}
