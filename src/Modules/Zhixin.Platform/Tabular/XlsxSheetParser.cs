using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;

namespace Zhixin.Platform.Tabular;

/// <summary>
/// Reads a worksheet part one &lt;row&gt; at a time with the SDK's SAX reader, so memory does not grow with
/// the sheet. After the last row it reads on to the end of the part, where &lt;mergeCells&gt; is.
/// </summary>
internal sealed class XlsxSheetParser : IDisposable
{
    private const int RowDepth = 2; // worksheet / sheetData / row

    private readonly OpenXmlReader reader;
    private readonly string fileName;
    private readonly string?[] sharedStrings;
    private readonly XlsxStyles styles;
    private readonly bool date1904;
    private readonly List<string?> cells = [];
    private readonly List<TabularIssue> mergedCells = [];
    private readonly Dictionary<string, string> sharedFormulas = new(StringComparer.Ordinal);
    private readonly StringBuilder inlineText = new();
    private List<TabularIssue>? issues;

    // The cell being read.
    private int column;
    private string? type;
    private int style;
    private string? value;
    private string? formula;
    private bool isInline;
    private bool inPhonetic;

    public XlsxSheetParser(OpenXmlReader reader, string fileName, string?[] sharedStrings, XlsxStyles styles,
        bool date1904)
    {
        this.reader = reader;
        this.fileName = fileName;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /// <summary>The sheet row number of the current row (the r attribute, else one after the previous row).</summary>
    public long RowNumber { get; private set; }

    /// <summary>The current row's cells by 0-based column, null where the sheet has no cell. Reused per row.</summary>
    public IReadOnlyList<string?> Cells => cells;

    public IReadOnlyList<TabularIssue> MergedCells => mergedCells;

    /// <summary>Hands over the current row's issues; the next row starts a new list.</summary>
    public List<TabularIssue>? TakeIssues()
    {
        var taken = issues;
        issues = null;
        return taken;
    }

    public bool ReadRow()
    {
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.LocalName == "row" && reader.Depth == RowDepth)
            {
                ReadRowContent();
                return true;
            }

            if (reader.LocalName == "mergeCell")
            {
                AddMergedRange(XlsxXml.Attribute(reader, "ref"));
            }
        }

        return false;
    }

    public void Dispose() => reader.Dispose();

    private void ReadRowContent()
    {
        var number = XlsxXml.Attribute(reader, "r");
        if (number is null)
        {
            RowNumber++;
        }
        else if (!long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                 || parsed is < 1 or > CellReference.MaxRow)
        {
            throw Malformed();
        }
        else
        {
            RowNumber = parsed;
        }

        cells.Clear();
        issues = null;
        column = 0;
        while (reader.Read())
        {
            if (reader.IsEndElement)
            {
                switch (reader.LocalName)
                {
                    case "row":
                        return;
                    case "c":
                        FinishCell();
                        break;
                    case "rPh":
                        inPhonetic = false;
                        break;
                }

                continue;
            }

            switch (reader.LocalName)
            {
                case "c":
                    StartCell();
                    break;
                case "v":
                    value = reader.GetText();
                    break;
                case "f":
                    ReadFormula();
                    break;
                case "is":
                    isInline = true;
                    break;
                case "rPh":
                    // Phonetic guides (ruby) repeat the reading of the text; they are not part of the value.
                    inPhonetic = true;
                    break;
                case "t" when isInline && !inPhonetic:
                    inlineText.Append(reader.GetText());
                    break;
            }
        }

        throw Malformed();
    }

    private void StartCell()
    {
        var reference = XlsxXml.Attribute(reader, "r");
        if (reference is null)
        {
            column++;
        }
        else if (!CellReference.TryParseColumn(reference, out column))
        {
            throw Malformed();
        }

        if (column > CellReference.MaxColumn)
        {
            throw Malformed();
        }

        type = XlsxXml.Attribute(reader, "t");
        style = XlsxXml.ParseIndex(XlsxXml.Attribute(reader, "s"));
        value = null;
        formula = null;
        isInline = false;
        inPhonetic = false;
        inlineText.Clear();
    }

    /// <summary>
    /// Cells sharing a formula carry its text only in the first cell of the group; the others report that text
    /// as written for the first cell, references unshifted, which is enough to tell the user it is a formula.
    /// </summary>
    private void ReadFormula()
    {
        var sharedIndex = XlsxXml.Attribute(reader, "t") == "shared" ? XlsxXml.Attribute(reader, "si") : null;
        formula = reader.GetText();
        if (sharedIndex is null)
        {
            return;
        }

        if (formula.Length > 0)
        {
            sharedFormulas[sharedIndex] = formula;
        }
        else if (sharedFormulas.TryGetValue(sharedIndex, out var first))
        {
            formula = first;
        }
    }

    private void FinishCell()
    {
        var text = type switch
        {
            "s" => SharedString(),
            "inlineStr" => XlsxText.Decode(isInline ? inlineText.ToString() : value ?? string.Empty),
            "str" => value is null ? null : XlsxText.Decode(value),
            "b" => value switch { "1" => "TRUE", "0" => "FALSE", _ => value },
            "e" => value,
            "d" => value is null ? null : XlsxDates.FromIso(value) ?? value,
            _ => Number(),
        };

        if (formula is not null)
        {
            AddIssue(formula, "Tabular.Formula", formula);
        }

        if (type == "e" && value is not null)
        {
            AddIssue(value, "Tabular.CellError", value);
        }

        while (cells.Count < column)
        {
            cells.Add(null);
        }

        cells[column - 1] = string.IsNullOrEmpty(text) ? null : text;
    }

    private string? SharedString()
    {
        if (value is null)
        {
            return null;
        }

        var index = XlsxXml.ParseIndex(value);
        return index >= 0 && index < sharedStrings.Length ? sharedStrings[index] : throw Malformed();
    }

    private string? Number()
    {
        if (value is null || !XlsxNumber.TryParse(value, out var number))
        {
            return value;
        }

        if (styles.IsDate(style) && XlsxDates.FromSerial(number, date1904) is { } date)
        {
            return date;
        }

        var text = XlsxNumber.Format(number);
        if (XlsxNumber.LosesDigits(number))
        {
            AddIssue(text, "Tabular.NumberLosesDigits", text);
        }

        return text;
    }

    private void AddIssue(string? cellValue, string key, string detail)
    {
        issues ??= [];
        issues.Add(TabularIssue.ForCell(RowNumber, column, cellValue, key, detail));
    }

    private void AddMergedRange(string? range)
    {
        if (string.IsNullOrEmpty(range))
        {
            return;
        }

        var first = range.AsSpan();
        var colon = first.IndexOf(':');
        if (colon >= 0)
        {
            first = first[..colon];
        }

        if (!CellReference.TryParse(first, out var firstColumn, out var firstRow))
        {
            (firstColumn, firstRow) = (0, 0);
        }

        mergedCells.Add(new TabularIssue(firstRow, firstColumn, null, "Tabular.MergedCells", range));
    }

    private TabularFileException Malformed() => new("Tabular.Malformed", [fileName]);
}
