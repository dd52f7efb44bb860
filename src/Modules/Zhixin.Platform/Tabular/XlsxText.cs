using System.Globalization;
using System.Text;
using System.Xml;

namespace Zhixin.Platform.Tabular;

/// <summary>
/// SpreadsheetML writes characters XML cannot carry (control characters, and CR, which XML parsers turn into
/// LF) as _xHHHH_, and a literal "_xHHHH_" as "_x005F_xHHHH_"; Excel decodes both on load.
/// </summary>
internal static class XlsxText
{
    public static string Decode(string text)
    {
        var next = text.IndexOf("_x", StringComparison.Ordinal);
        if (next < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var copied = 0;
        while (next >= 0)
        {
            if (IsEscape(text, next))
            {
                builder.Append(text, copied, next - copied);
                builder.Append((char)int.Parse(text.AsSpan(next + 2, 4), NumberStyles.AllowHexSpecifier,
                    CultureInfo.InvariantCulture));
                copied = next + 7;
                next = text.IndexOf("_x", copied, StringComparison.Ordinal);
            }
            else
            {
                next = text.IndexOf("_x", next + 1, StringComparison.Ordinal);
            }
        }

        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    public static string Encode(string text)
    {
        if (!NeedsEncoding(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c == '\r' || !XmlConvert.IsXmlChar(c) || (c == '_' && IsEscape(text, i)))
            {
                builder.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEncoding(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (c == '\r' || !XmlConvert.IsXmlChar(c) || (c == '_' && IsEscape(text, i)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEscape(string text, int at) =>
        at + 7 <= text.Length
        && text[at] == '_'
        && text[at + 1] == 'x'
        && char.IsAsciiHexDigit(text[at + 2])
        && char.IsAsciiHexDigit(text[at + 3])
        && char.IsAsciiHexDigit(text[at + 4])
        && char.IsAsciiHexDigit(text[at + 5])
        && text[at + 6] == '_';
}
