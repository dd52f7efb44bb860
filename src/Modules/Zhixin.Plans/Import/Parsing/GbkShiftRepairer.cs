using System.Text;

namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// Repairs GBK text that a web page decoded one byte out of step. Such a copy shows a '?' where the first byte
/// of a double-byte character was lost (typically the 0xA1 of a full-width space), then characters made of the
/// wrong byte pairs, until an ASCII-range trail byte puts the decoder back in step. Encoding the garbled run
/// back to GB18030, putting a lead byte in front and decoding again restores the original, provided the result
/// is well-formed Chinese. 0xA1 is tried first; the other lead bytes only when it fails.
/// </summary>
internal static class GbkShiftRepairer
{
    private const double PlausibleCommonShare = 0.7;
    private const int ExcerptLength = 24;

    public static RepairedLine Repair(string line)
    {
        if (!NeedsLook(line))
        {
            return new RepairedLine(line, false, []);
        }

        var output = new StringBuilder(line.Length);
        var lost = new List<string>();
        var repaired = false;
        var index = 0;
        while (index < line.Length)
        {
            if (GarbleMarkers.IsLostByteAt(line, index))
            {
                var runStart = index + 1;
                var runEnd = ResyncEnd(line, runStart);
                if (TryRepairRun(line.AsSpan(runStart, runEnd - runStart), out var fixedRun, out var lostOne))
                {
                    output.Append(fixedRun);
                    if (lostOne)
                    {
                        // One character is gone for good; say where, with the repaired text before it.
                        lost.Add(fixedRun[Math.Max(0, fixedRun.Length - 8)..] + "\uFFFD");
                    }

                    repaired = true;
                    index = runEnd;
                    continue;
                }
            }

            output.Append(line[index]);
            index++;
        }

        var text = output.ToString();
        return new RepairedLine(text, repaired, [.. lost, .. UnreadableExcerpts(text)]);
    }

    private static bool NeedsLook(string line) =>
        line.Contains('?', StringComparison.Ordinal) || GarbleMarkers.ContainsMarker(line);

    // The run ends with the first ASCII character after it: that byte was a trail byte in the ASCII range,
    // and the page's decoder was back in step after it.
    private static int ResyncEnd(string line, int start)
    {
        for (var i = start; i < line.Length; i++)
        {
            if (line[i] <= '\u007F')
            {
                return i + 1;
            }
        }

        return line.Length;
    }

    private static bool TryRepairRun(ReadOnlySpan<char> run, out string repaired, out bool lostOne)
    {
        repaired = "";
        lostOne = false;
        byte[] bytes;
        try
        {
            bytes = ChineseEncodings.StrictGb18030.GetBytes(run.ToArray());
        }
        catch (EncoderFallbackException)
        {
            return false;
        }

        var best = -1.0;
        var candidate = new byte[bytes.Length + 1];
        bytes.CopyTo(candidate, 1);
        foreach (var lead in LeadBytes())
        {
            candidate[0] = lead;
            var (decoded, lostTail) = TrimLostTail(ChineseEncodings.Gb18030.GetString(candidate));
            if (decoded is null || GarbleMarkers.ContainsMarker(decoded))
            {
                continue;
            }

            var share = CommonHanzi.CommonShare(decoded);
            if (share >= PlausibleCommonShare && share > best)
            {
                best = share;
                repaired = decoded;
                lostOne = lostTail;
                if (lead == 0xA1)
                {
                    break;
                }
            }
        }

        return best >= 0;
    }

    // 0xA1 first (the full-width space before an item number, and the ideographic punctuation row), then the rest.
    private static IEnumerable<byte> LeadBytes()
    {
        yield return 0xA1;
        for (var b = 0x81; b <= 0xFE; b++)
        {
            if (b != 0xA1)
            {
                yield return (byte)b;
            }
        }
    }

    // When the resync character itself was the lost half of a pair (a '?' the page printed), the repaired run
    // ends in one dangling byte: drop that replacement character rather than the whole repair. A replacement
    // anywhere else means the candidate is wrong.
    private static (string? Text, bool Lost) TrimLostTail(string decoded)
    {
        var first = decoded.IndexOf('\uFFFD', StringComparison.Ordinal);
        if (first < 0)
        {
            return (decoded, false);
        }

        var rest = decoded.AsSpan(first + 1);
        return rest.Length <= 1 && !rest.Contains('\uFFFD')
            ? (decoded[..first] + rest.ToString().Replace("?", "", StringComparison.Ordinal), true)
            : (null, false);
    }

    private static List<string> UnreadableExcerpts(string text)
    {
        var excerpts = new List<string>();
        var index = 0;
        while (index < text.Length)
        {
            if (GarbleMarkers.IsMarker(text[index]) || GarbleMarkers.IsLostByteAt(text, index))
            {
                var start = Math.Max(0, index - 2);
                var end = index;
                while (end < text.Length && end - index < ExcerptLength && (GarbleMarkers.IsMarker(text[end]) || !CommonHanzi.Contains(text[end])) && !IsSentenceEnd(text[end]))
                {
                    end++;
                }

                end = Math.Min(text.Length, Math.Max(end, index + 1) + 2);
                excerpts.Add(text[start..end]);
                index = end;
                continue;
            }

            index++;
        }

        return excerpts;
    }

    private static bool IsSentenceEnd(char c) => c is '。' or '，' or ',' or '；' or ';';
}
