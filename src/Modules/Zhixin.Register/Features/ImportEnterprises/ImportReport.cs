using System.Globalization;
using System.Text;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Features.ImportEnterprises;

/// <summary>One reason a row (or the file) could not be imported. Row 0 is the file as a whole.</summary>
internal sealed record ImportError(long Row, string? Column, string? Value, string Reason);

/// <summary>What an import did, or why nothing was stored.</summary>
internal sealed record ImportReport(
    Guid BatchId,
    string FileName,
    string Sha256,
    ImportStatus Status,
    bool AlreadyImported,
    long RowsRead,
    long Inserted,
    long Unchanged,
    long ErrorCount,
    IReadOnlyList<ImportError> Errors)
{
    /// <summary>The report as CSV (行号, 列, 值, 原因), as downloaded from the page.</summary>
    public static string ToCsv(IEnumerable<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var csv = new StringBuilder();
        csv.AppendLine(Register.RegisterText.Get("Import.ReportHeader"));
        foreach (var error in errors)
        {
            csv.Append(error.Row.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Quote(error.Column)).Append(',')
                .Append(Quote(error.Value)).Append(',')
                .Append(Quote(error.Reason)).AppendLine();
        }

        return csv.ToString();
    }

    private static string Quote(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // A value starting like a formula must not run when the report is opened in a spreadsheet.
        var safe = text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
