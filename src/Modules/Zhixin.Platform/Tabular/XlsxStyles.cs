using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Zhixin.Platform.Tabular;

/// <summary>Which cell styles (indexes into cellXfs) show numbers as dates; nothing else of the styles matters.</summary>
internal sealed class XlsxStyles
{
    private readonly bool[] dateStyles;

    private XlsxStyles(bool[] dateStyles) => this.dateStyles = dateStyles;

    public static XlsxStyles None { get; } = new([]);

    public bool IsDate(int styleIndex) => styleIndex >= 0 && styleIndex < dateStyles.Length && dateStyles[styleIndex];

    public static XlsxStyles Read(WorkbookStylesPart? part)
    {
        if (part is null)
        {
            return None;
        }

        var customFormats = new Dictionary<int, bool>();
        var styleFormats = new List<int>();
        string? container = null;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.IsEndElement)
            {
                if (reader.LocalName == container)
                {
                    container = null;
                }

                continue;
            }

            switch (reader.LocalName)
            {
                // dxfs and cellStyleXfs hold numFmt and xf elements too; only these two lists count.
                case "numFmts" or "cellXfs":
                    container = reader.LocalName;
                    break;
                case "numFmt" when container == "numFmts":
                    customFormats[XlsxXml.ParseIndex(XlsxXml.Attribute(reader, "numFmtId"))] =
                        XlsxDates.IsDateFormatCode(XlsxXml.Attribute(reader, "formatCode") ?? string.Empty);
                    break;
                case "xf" when container == "cellXfs":
                    styleFormats.Add(XlsxXml.ParseIndex(XlsxXml.Attribute(reader, "numFmtId") ?? "0"));
                    break;
            }
        }

        var dateStyles = styleFormats
            .Select(id => customFormats.TryGetValue(id, out var isDate) ? isDate : XlsxDates.IsBuiltInDateFormat(id))
            .ToArray();
        return new XlsxStyles(dateStyles);
    }
}
