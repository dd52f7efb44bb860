using System.Globalization;

namespace Zhixin.Platform.Tabular;

/// <summary>Spreadsheet column letters (A, Z, AA, XFD) and A1-style cell references, 1-based.</summary>
internal static class CellReference
{
    /// <summary>XFD: the last column of an Excel worksheet.</summary>
    public const int MaxColumn = 16_384;

    /// <summary>The last row of an Excel worksheet.</summary>
    public const long MaxRow = 1_048_576;

    public static string ColumnName(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);

        Span<char> letters = stackalloc char[8];
        var start = letters.Length;
        // Bijective base 26: there is no zero digit, Z is 26 and AA follows it.
        for (var rest = column; rest > 0; rest = (rest - 1) / 26)
        {
            letters[--start] = (char)('A' + ((rest - 1) % 26));
        }

        return new string(letters[start..]);
    }

    /// <summary>Reads the column of a reference such as "B7" or "b7"; the row part, if any, is not checked.</summary>
    public static bool TryParseColumn(ReadOnlySpan<char> reference, out int column)
    {
        column = 0;
        var length = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (++length > 3 || column > MaxColumn)
            {
                return false;
            }
        }

        return length > 0;
    }

    /// <summary>Reads a reference such as "C12" into its 1-based column and row.</summary>
    public static bool TryParse(ReadOnlySpan<char> reference, out int column, out long row)
    {
        row = 0;
        if (!TryParseColumn(reference, out column))
        {
            return false;
        }

        var digits = reference.TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out row)
               && row is >= 1 and <= MaxRow;
    }
}
