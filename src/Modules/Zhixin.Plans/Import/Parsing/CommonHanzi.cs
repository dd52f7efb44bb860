using System.Collections.Frozen;
using System.Text;

namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// The frequently used Chinese characters, simplified and traditional: GB2312 level 1 (3,755 characters) and
/// the Big5 frequent block (5,401 characters). Both are read out of the code pages themselves, so no character
/// list is shipped. Text decoded with the wrong code page or shifted by a lost byte is mostly outside this set,
/// which is what the decoder and the mojibake repair measure.
/// </summary>
internal static class CommonHanzi
{
    private static readonly FrozenSet<char> Characters = Build();

    public static bool Contains(char c) => Characters.Contains(c);

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>Share of Han characters in <paramref name="text"/> that are common; 0 when there are none.</summary>
    public static double CommonShare(ReadOnlySpan<char> text)
    {
        int han = 0, common = 0;
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                han++;
                if (Characters.Contains(c))
                {
                    common++;
                }
            }
        }

        return han == 0 ? 0 : (double)common / han;
    }

    private static FrozenSet<char> Build()
    {
        var set = new HashSet<char>();
        AddBlock(set, ChineseEncodings.Gb18030, 0xB0, 0xD7, [(0xA1, 0xFE)]);
        AddBlock(set, ChineseEncodings.Big5, 0xA4, 0xC6, [(0x40, 0x7E), (0xA1, 0xFE)]);
        return set.ToFrozenSet();
    }

    // One pair at a time: an unassigned pair must not shift the decoding of the next one.
    private static void AddBlock(HashSet<char> set, Encoding encoding, int firstLead, int lastLead, (int First, int Last)[] trails)
    {
        Span<byte> pair = stackalloc byte[2];
        Span<char> decoded = stackalloc char[4];
        for (var lead = firstLead; lead <= lastLead; lead++)
        {
            foreach (var (first, last) in trails)
            {
                for (var trail = first; trail <= last; trail++)
                {
                    pair[0] = (byte)lead;
                    pair[1] = (byte)trail;
                    var count = encoding.GetChars(pair, decoded);
                    if (count == 1 && IsHan(decoded[0]))
                    {
                        set.Add(decoded[0]);
                    }
                }
            }
        }
    }
}
