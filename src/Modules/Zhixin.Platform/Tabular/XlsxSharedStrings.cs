using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Zhixin.Platform.Tabular;

/// <summary>
/// The shared string table, loaded whole because cells refer to it by index in any order. Its size is bounded
/// by the package guard's limit on uncompressed bytes.
/// </summary>
internal static class XlsxSharedStrings
{
    public static string?[] Read(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<string?>();
        var text = new StringBuilder();
        var inPhonetic = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            switch (reader.LocalName)
            {
                case "si" when reader.IsStartElement:
                    text.Clear();
                    break;
                case "si":
                    strings.Add(text.Length == 0 ? null : XlsxText.Decode(text.ToString()));
                    break;
                case "rPh":
                    // Phonetic guides (ruby) repeat the reading of the text; they are not part of the value.
                    inPhonetic = reader.IsStartElement;
                    break;
                case "t" when reader.IsStartElement && !inPhonetic:
                    text.Append(reader.GetText());
                    break;
            }
        }

        return [.. strings];
    }
}
