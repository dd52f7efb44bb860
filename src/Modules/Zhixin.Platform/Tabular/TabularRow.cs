namespace Zhixin.Platform.Tabular;

/// <summary>
/// A data row. <paramref name="Number"/> is the row number the user sees in the spreadsheet (XLSX) or the
/// record number counting the header as 1 (CSV). <paramref name="Cells"/> holds one entry per header column
/// (null where blank) and, if the row is wider than the header, its extra cells too.
/// </summary>
public sealed record TabularRow(long Number, IReadOnlyList<string?> Cells, IReadOnlyList<TabularIssue> Issues)
{
    /// <summary>Every cell is blank: importers decide whether an empty row is an error, a warning or nothing.</summary>
    public bool IsEmpty => RowShape.IsBlank(Cells);

    /// <summary>The cell at a 0-based column, or null beyond the row's width.</summary>
    public string? this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : null;
}
