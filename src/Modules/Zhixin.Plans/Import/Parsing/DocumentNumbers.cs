using System.Text.RegularExpressions;

namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// The plan's own document number (文号), e.g. 闽质强省办〔2012〕1号. Only where the document states its own: a
/// 发布文号/文号 field, the parenthesis right after the notice title ("…的通知(津政办发〔2013〕39号)"), or a line
/// holding nothing else. A number cited in the preamble follows a 《title》 and is another document's.
/// Output is normalised: no white space, 〔〕 brackets, simplified characters (发, 办, 号), so the same number
/// reads the same whichever script the copy used.
/// </summary>
internal static partial class DocumentNumbers
{
    public static string? FindOwn(IReadOnlyList<string> header)
    {
        return FromField(header) ?? FromNoticeTitle(header) ?? FromLoneLine(header);
    }

    private static string? FromField(IReadOnlyList<string> header)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Contains("文号", StringComparison.Ordinal) || header[i].Contains("文號", StringComparison.Ordinal))
            {
                var match = Number().Match(header[i]);
                if (!match.Success && i + 1 < header.Count)
                {
                    match = Number().Match(header[i + 1]);
                }

                if (match.Success)
                {
                    return Normalise(match.Value);
                }
            }
        }

        return null;
    }

    private static string? FromNoticeTitle(IReadOnlyList<string> header)
    {
        foreach (var line in header)
        {
            foreach (Match match in Number().Matches(line))
            {
                var open = match.Index - 1;
                while (open >= 0 && char.IsWhiteSpace(line[open]))
                {
                    open--;
                }

                if (open < 1 || line[open] is not ('(' or '（'))
                {
                    continue;
                }

                var before = line[..open].TrimEnd();
                if (before.Length > 0 && before[^1] is not ('》' or '>') && IsNoticeTitle(before))
                {
                    return Normalise(match.Value);
                }
            }
        }

        return null;
    }

    private static bool IsNoticeTitle(string text) =>
        text.EndsWith("通知", StringComparison.Ordinal) || text.EndsWith("决定", StringComparison.Ordinal)
        || text.EndsWith("決定", StringComparison.Ordinal) || text.EndsWith("意见", StringComparison.Ordinal)
        || text.EndsWith("意見", StringComparison.Ordinal) || text.EndsWith("通告", StringComparison.Ordinal)
        || text.EndsWith("批复", StringComparison.Ordinal) || text.EndsWith("批復", StringComparison.Ordinal)
        || text.EndsWith('函');

    private static string? FromLoneLine(IReadOnlyList<string> header)
    {
        foreach (var line in header)
        {
            var match = Number().Match(line);
            if (match.Success && match.Value.Length >= line.Trim().Trim('\u3000').Length)
            {
                return Normalise(match.Value);
            }
        }

        return null;
    }

    private static string Normalise(string number)
    {
        var compact = new string([.. number.Where(c => !char.IsWhiteSpace(c) && c != '\u3000')]);
        compact = compact.Replace('[', '〔').Replace(']', '〕').Replace('［', '〔').Replace('］', '〕')
            .Replace('(', '〔').Replace(')', '〕').Replace('（', '〔').Replace('）', '〕').Replace('【', '〔').Replace('】', '〕');
        return SimplifiedChinese.From(compact);
    }

    // Issuer abbreviation, then the year in brackets, then the serial number and 号.
    [GeneratedRegex(@"[\u4E00-\u9FFF]{1,10}\s*[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,4}\s*[号號]", RegexOptions.NonBacktracking)]
    private static partial Regex Number();
}
