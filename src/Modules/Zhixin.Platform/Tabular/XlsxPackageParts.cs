using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Zhixin.Platform.Tabular;

/// <summary>
/// The small, fixed parts of a one-sheet workbook. They are written straight into a zip in create mode
/// because the SDK's package layer needs a readable package, and System.IO.Packaging then holds every part
/// in memory until the package is closed (about 100 MB for a sheet of 100,000 rows).
/// </summary>
internal static class XlsxPackageParts
{
    public const string SheetPath = "xl/worksheets/sheet1.xml";

    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SpreadsheetContent = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    public static void Write(ZipArchive zip, string sheetName)
    {
        WriteXml(zip, "[Content_Types].xml", WriteContentTypes);
        WriteXml(zip, "_rels/.rels", xml => WriteRelationships(xml,
            ("rId1", OfficeRelationships + "/officeDocument", "xl/workbook.xml")));
        WriteXml(zip, "xl/_rels/workbook.xml.rels", xml => WriteRelationships(xml,
            ("rId1", OfficeRelationships + "/worksheet", "worksheets/sheet1.xml"),
            ("rId2", OfficeRelationships + "/styles", "styles.xml")));
        WriteOpenXml(zip, "xl/workbook.xml", Workbook(sheetName));
        WriteOpenXml(zip, "xl/styles.xml", Stylesheet());
    }

    private static void WriteContentTypes(XmlWriter xml)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        xml.WriteStartElement("Types", ns);
        WriteDefault("rels", "application/vnd.openxmlformats-package.relationships+xml");
        WriteDefault("xml", "application/xml");
        WriteOverride("/xl/workbook.xml", SpreadsheetContent + "sheet.main+xml");
        WriteOverride("/" + SheetPath, SpreadsheetContent + "worksheet+xml");
        WriteOverride("/xl/styles.xml", SpreadsheetContent + "styles+xml");
        xml.WriteEndElement();

        void WriteDefault(string extension, string contentType)
        {
            xml.WriteStartElement("Default", ns);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", contentType);
            xml.WriteEndElement();
        }

        void WriteOverride(string partName, string contentType)
        {
            xml.WriteStartElement("Override", ns);
            xml.WriteAttributeString("PartName", partName);
            xml.WriteAttributeString("ContentType", contentType);
            xml.WriteEndElement();
        }
    }

    private static void WriteRelationships(XmlWriter xml, params (string Id, string Type, string Target)[] targets)
    {
        xml.WriteStartElement("Relationships", PackageRelationships);
        foreach (var (id, type, target) in targets)
        {
            xml.WriteStartElement("Relationship", PackageRelationships);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static Workbook Workbook(string sheetName)
    {
        var workbook = new Workbook(new Sheets(new Sheet { Name = sheetName, SheetId = 1U, Id = "rId1" }));
        workbook.AddNamespaceDeclaration("r", OfficeRelationships);
        return workbook;
    }

    /// <summary>Style 0 is the default; style 1 is bold, for the header row.</summary>
    private static Stylesheet Stylesheet()
    {
        var fonts = new Fonts(Font(bold: false), Font(bold: true)) { Count = 2U };

        // Excel expects these two fills to exist whether or not they are used.
        var none = new Fill(new PatternFill { PatternType = PatternValues.None });
        var gray = new Fill(new PatternFill { PatternType = PatternValues.Gray125 });
        var fills = new Fills(none, gray) { Count = 2U };

        var border = new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(),
            new DiagonalBorder());
        var borders = new Borders(border) { Count = 1U };

        var normal = new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U };
        var styleFormats = new CellStyleFormats(normal) { Count = 1U };

        var plain = new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U };
        var bold = new CellFormat
        {
            NumberFormatId = 0U,
            FontId = 1U,
            FillId = 0U,
            BorderId = 0U,
            FormatId = 0U,
            ApplyFont = true,
        };
        var cellFormats = new CellFormats(plain, bold) { Count = 2U };

        var normalStyle = new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U };
        var cellStyles = new CellStyles(normalStyle) { Count = 1U };
        return new Stylesheet(fonts, fills, borders, styleFormats, cellFormats, cellStyles);
    }

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = 11 }, new FontName { Val = "宋体" }, new FontCharSet { Val = 134 });
        return font;
    }

    private static void WriteXml(ZipArchive zip, string path, Action<XmlWriter> write)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = TabularEncodings.Utf8NoBom });
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void WriteOpenXml(ZipArchive zip, string path, OpenXmlElement root)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument(standalone: true);
        writer.WriteElement(root);
        writer.Close();
    }
}
