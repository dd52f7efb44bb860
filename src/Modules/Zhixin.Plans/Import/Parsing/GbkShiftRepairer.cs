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
    private const int MaxResyncTries = 4;

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
            if (GarbleMarkers.IsLostByteAt(line, index) && TryRepairFrom(line, index + 1, out var fixedRun, out var runEnd, out var lostOne))
            {
                output.Append(fixedRun);
                repaired = true;
                index = runEnd;
                if (lostOne)
                {
                    // One character is gone for good; say where, with the repaired text before it.
                    lost.Add(fixedRun[Math.Max(0, fixedRun.Length - 8)..] + "\uFFFD");
                }

                continue;
            }

            output.Append(line[index]);
            index++;
        }

        var text = output.ToString();
        return new RepairedLine(text, repaired, [.. lost, .. UnreadableExcerpts(text)]);
    }

    private static bool NeedsLook(string line) =>
        line.Contains('?', StringComparison.Ordinal) || GarbleMarkers.ContainsMarker(line);

    // The run ends with an ASCII character: that byte was a trail byte in the ASCII range, and the page's
    // decoder was back in step after it. Some sites also turned full-width digits and letters into ASCII, so
    // when ending at the first ASCII character leaves a character lost, the run is tried up to the next ASCII
    // characters too, reading the earlier ones as their full-width forms.
    private static bool TryRepairFrom(string line, int start, out string repaired, out int runEnd, out bool lostOne)
    {
        repaired = "";
        runEnd = start;
        lostOne = false;
        var tries = 0;
        for (var i = start; i < line.Length && tries < MaxResyncTries; i++)
        {
            var atEnd = i == line.Length - 1;
            if (line[i] > '\u007F' && !atEnd)
            {
                continue;
            }

            tries++;
            var run = WidenEarlierAscii(line.AsSpan(start, i + 1 - start));
            if (TryRepairRun(run, out var candidate, out var lost) && (!lost || !lostOne && repaired.Length == 0))
            {
                (repaired, runEnd, lostOne) = (candidate, i + 1, lost);
                if (!lost)
                {
                    return true;
                }
            }

            if (line[i] is '?' || char.IsWhiteSpace(line[i]))
            {
                break;
            }
        }

        return repaired.Length > 0;
    }

    // All but the last ASCII character become full-width (U+FF01–U+FF5E), as GBK encodes them with two bytes.
    private static string WidenEarlierAscii(ReadOnlySpan<char> run)
    {
        var chars = run.ToArray();
        for (var i = 0; i < chars.Length - 1; i++)
        {
            if (chars[i] is > ' ' and < '\u007F')
            {
                chars[i] = (char)(chars[i] + 0xFEE0);
            }
        }

        return new string(chars);
    }

    private static bool TryRepairRun(string run, out string repaired, out bool lostOne)
    {
        repaired = "";
        lostOne = false;
        var bytes = GbkBytes.Encode(run);
        if (bytes is null)
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
