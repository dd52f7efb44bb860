namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// Characters that do not occur in a Chinese plan but do occur when GBK bytes are decoded one byte out of step:
/// private-use code points, replacement characters, bopomofo, box drawing and kana (the GBK symbol rows).
/// </summary>
internal static class GarbleMarkers
{
    public static bool IsMarker(char c) =>
        c is '\uFFFD'
            or >= '\uE000' and <= '\uF8FF'
            or >= '\u3100' and <= '\u312F'
            or >= '\u2500' and <= '\u257F'
            or >= '\u3040' and <= '\u30FF';

    public static bool ContainsMarker(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsMarker(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lost byte shows as '?' (or U+FFFD) directly before non-ASCII text.</summary>
    // A site that turned full-width punctuation into ASCII may show one ASCII mark between the two.
    public static bool IsLostByteAt(ReadOnlySpan<char> text, int index) =>
        index + 1 < text.Length && text[index] is '?' or '\uFFFD'
        && (IsGarbleStart(text[index + 1]) || (index + 2 < text.Length && text[index + 1] is > ' ' and < '\u007F' && !char.IsAsciiLetterOrDigit(text[index + 1]) && IsGarbleStart(text[index + 2])));

    private static bool IsGarbleStart(char c) => c > '\u007F' && !char.IsWhiteSpace(c);
}
