namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// Encodes garbled text back to the GBK bytes it was decoded from. Pages decoded GBK with the GB18030-2000
/// tables, which map some double-byte codes to private-use code points; later GB18030 tables give those code
/// points four-byte codes, which would not restore the original bytes. The ranges are mapped here by hand:
/// A8BC, A8BF, A989–A995 and FE50–FEA0. Everything else goes through the GB18030 code page.
/// </summary>
internal static class GbkBytes
{
    public static byte[]? Encode(ReadOnlySpan<char> text)
    {
        var bytes = new List<byte>(text.Length * 2);
        Span<byte> buffer = stackalloc byte[8];
        foreach (var c in text)
        {
            if (TryLegacyPrivateUse(c, out var lead, out var trail))
            {
                bytes.Add(lead);
                bytes.Add(trail);
                continue;
            }

            int count;
            try
            {
                count = ChineseEncodings.StrictGb18030.GetBytes([c], buffer);
            }
            catch (System.Text.EncoderFallbackException)
            {
                return null;
            }

            // A four-byte code never came out of a GBK decoding: this is not a garbled run.
            if (count > 2)
            {
                return null;
            }

            for (var i = 0; i < count; i++)
            {
                bytes.Add(buffer[i]);
            }
        }

        return [.. bytes];
    }

    // The FE row runs 50–7E then 80–A0: 0x7F is no trail byte.
    private static byte FeRowTrail(int index) => (byte)(0x50 + index < 0x7F ? 0x50 + index : 0x51 + index);

    private static bool TryLegacyPrivateUse(char c, out byte lead, out byte trail)
    {
        (lead, trail) = c switch
        {
            '\uE7C7' => ((byte)0xA8, (byte)0xBC),
            '\uE7C8' => ((byte)0xA8, (byte)0xBF),
            >= '\uE7E7' and <= '\uE7F3' => ((byte)0xA9, (byte)(0x89 + (c - '\uE7E7'))),
            >= '\uE815' and <= '\uE864' => ((byte)0xFE, FeRowTrail(c - '\uE815')),
            _ => ((byte)0, (byte)0),
        };
        return lead != 0;
    }
}
