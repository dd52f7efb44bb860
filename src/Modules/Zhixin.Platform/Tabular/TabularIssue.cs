using System.Globalization;
using Zhixin.Platform.Resources;

namespace Zhixin.Platform.Tabular;

/// <summary>
/// A format-level observation about a cell, a row or the file. <paramref name="Column"/> is 1-based, 0 for
/// the whole row; <paramref name="Arguments"/> are the message's placeholders in the platform's resources.
/// </summary>
public sealed record TabularIssue(long Row, int Column, string? Value, string Key, params object[] Arguments)
{
    public string Message => Describe(CultureInfo.CurrentUICulture);

    public string Describe(CultureInfo culture) => PlatformText.Format(culture, Key, Arguments);

    public override string ToString() => Message;

    /// <summary>Cell issues put the place first so every message can say 第 {0} 行第 {1} 列（{2} 列）.</summary>
    internal static TabularIssue ForCell(long row, int column, string? value, string key, params object[] details)
    {
        object[] arguments = [row, column, CellReference.ColumnName(column), .. details];
        return new TabularIssue(row, column, value, key, arguments);
    }
}
