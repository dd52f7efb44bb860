using System.Globalization;
using DocumentFormat.OpenXml;

namespace Zhixin.Platform.Tabular;

/// <summary>
/// Parts are matched by local name rather than by the SDK's element classes so that files written with the
/// Strict OOXML namespaces read the same as Transitional ones.
/// </summary>
internal static class XlsxXml
{
    public static string? Attribute(OpenXmlReader reader, string localName)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == localName && string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>The relationship id (r:id) that links a workbook's sheet to its part.</summary>
    public static string? RelationshipId(OpenXmlReader reader)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == "id" && !string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    public static bool IsTrue(string? value) => value is "1" or "true";

    public static int ParseIndex(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1;
}
