namespace Zhixin.Platform.Tabular;

/// <summary>The rules both readers share for turning raw cells into the header and into data rows.</summary>
internal static class RowShape
{
    // A byte order mark left at the start of a CSV, or zero-width characters pasted from web pages, make a
    // heading look right and still fail to match the expected column name.
    private static readonly char[] Invisible = ['\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060'];

    public static string[] Header(IReadOnlyList<string?> cells)
    {
        var width = cells.Count;
        while (width > 0 && string.IsNullOrWhiteSpace(TrimHeaderCell(cells[width - 1])))
        {
            // Excel leaves formatted but empty cells after the last heading; they are not columns.
            width--;
        }

        var header = new string[width];
        for (var i = 0; i < width; i++)
        {
            header[i] = TrimHeaderCell(cells[i]);
        }

        return header;
    }

    public static bool IsBlank(IReadOnlyList<string?> cells) => cells.All(string.IsNullOrWhiteSpace);

    /// <summary>
    /// Pads to the header's width; keeps extra cells (nothing the user typed is dropped) but reports the first
    /// non-blank one. Empty strings become null so blank reads the same from CSV and XLSX.
    /// </summary>
    public static TabularRow Data(long number, IReadOnlyList<string?> cells, int width, List<TabularIssue>? issues)
    {
        var last = cells.Count - 1;
        while (last >= width && string.IsNullOrWhiteSpace(cells[last]))
        {
            last--;
        }

        var shaped = new string?[Math.Max(width, last + 1)];
        for (var i = 0; i <= last; i++)
        {
            shaped[i] = string.IsNullOrEmpty(cells[i]) ? null : cells[i];
        }

        for (var i = width; i <= last; i++)
        {
            if (!string.IsNullOrWhiteSpace(shaped[i]))
            {
                issues ??= [];
                issues.Add(TabularIssue.ForCell(number, i + 1, shaped[i], "Tabular.ExtraCells", shaped[i]!, width));
                break;
            }
        }

        return new TabularRow(number, shaped, issues is null || issues.Count == 0 ? [] : issues);
    }

    private static string TrimHeaderCell(string? cell) =>
        cell is null ? string.Empty : cell.Trim().Trim(Invisible).Trim();
}
