using System.Text;

namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// Turns the bytes of an uploaded plan into text. Byte-order marks decide first; then strict UTF-8, which
/// almost never accepts legacy Chinese bytes by accident; otherwise GB18030 and Big5 are both tried and the
/// decoding that reads as ordinary Chinese (fewest replacement characters, most common characters) wins.
/// </summary>
internal static class PlanTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedPlanText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return DecodedPlanText.Fail("The file is empty.");
        }

        var (text, name) = DecodeByMarkOrContent(bytes);
        if (text is null)
        {
            return DecodedPlanText.Fail("The file is binary (it contains NUL bytes), not plan text.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return DecodedPlanText.Fail("The file contains only white space.");
        }

        return LooksBinary(text)
            ? DecodedPlanText.Fail("The file is binary (mostly control characters), not plan text.")
            : DecodedPlanText.Success(text, name);
    }

    private static (string? Text, string Name) DecodeByMarkOrContent(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(bytes[3..]), "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }

        // Without a byte-order mark a NUL byte means binary data: no text encoding we accept produces one.
        if (bytes.Contains((byte)0))
        {
            return (null, "");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: one of the legacy Chinese code pages.
        }

        var gb = ChineseEncodings.Gb18030.GetString(bytes);
        var big5 = ChineseEncodings.Big5.GetString(bytes);
        return Score(big5) > Score(gb) ? (big5, "big5") : (gb, "gb18030");
    }

    // Common characters count for a decoding; replacement characters and private-use code points against it.
    private static int Score(string text)
    {
        var score = 0;
        foreach (var c in text)
        {
            if (CommonHanzi.Contains(c))
            {
                score++;
            }
            else if (c == '\uFFFD' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.PrivateUse)
            {
                score -= 4;
            }
        }

        return score;
    }

    private static bool LooksBinary(string text)
    {
        var control = text.Count(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\f'));
        return control * 10 > text.Length;
    }
}
