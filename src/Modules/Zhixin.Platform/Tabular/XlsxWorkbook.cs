using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Zhixin.Platform.Tabular;

internal sealed record XlsxSheetEntry(string Name, string? RelationshipId, bool IsHidden);

/// <summary>The workbook part: its sheets in tab order and the date system (1900 or Mac 1904).</summary>
internal sealed class XlsxWorkbook
{
    private XlsxWorkbook(IReadOnlyList<XlsxSheetEntry> sheets, bool date1904)
    {
        Sheets = sheets;
        Date1904 = date1904;
    }

    public IReadOnlyList<XlsxSheetEntry> Sheets { get; }

    public bool Date1904 { get; }

    public static XlsxWorkbook Read(WorkbookPart part)
    {
        var sheets = new List<XlsxSheetEntry>();
        var date1904 = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "sheet":
                    var state = XlsxXml.Attribute(reader, "state");
                    sheets.Add(new XlsxSheetEntry(XlsxXml.Attribute(reader, "name") ?? string.Empty,
                        XlsxXml.RelationshipId(reader), state is "hidden" or "veryHidden"));
                    break;
                case "workbookPr":
                    date1904 = XlsxXml.IsTrue(XlsxXml.Attribute(reader, "date1904"));
                    break;
            }
        }

        return new XlsxWorkbook(sheets, date1904);
    }
}
