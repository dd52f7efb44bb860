namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// Reads title, document number, issuer and date from the lines before the first item. The title is the
/// plan's own title line nearest above the first item (not the notice title "…关于印发…的通知"); the issuer is
/// who issues the notice, the signature above the date line, or a 发布单位 field, in that order.
/// </summary>
internal static class MetadataReader
{
    private const int TitleSearchLines = 14;
    private const int MaxTitleLength = 80;
    private const int MaxIssuerLength = 30;

    private static readonly string[] GenreWords =
    [
        "行动计划", "行動計劃", "实施方案", "實施方案", "工作方案", "纲要", "綱要", "规划", "規劃", "计划", "計劃", "方案",
        "意见", "意見", "办法", "辦法", "要点", "要點", "措施", "安排",
    ];

    private static readonly string[] AboutWords = ["关于", "關于", "關於"];

    private const string IssuerSuffixes = "府厅廳局委会會办辦部院组組室署";

    public static PlanMetadata Read(IReadOnlyList<string> lines, int firstItemLine)
    {
        var header = lines.Take(Math.Max(0, firstItemLine)).ToList();
        var (title, titleLine) = FindTitle(lines, firstItemLine);
        var before = titleLine >= 0 ? header.Take(titleLine).ToList() : header;
        return new PlanMetadata(
            title,
            titleLine,
            DocumentNumbers.FindOwn(before.Count > 0 ? before : header),
            FindIssuer(header),
            FindDate(before.Count > 0 ? before : header) ?? FindSignatureDate(lines, firstItemLine));
    }

    private static (string? Title, int Line) FindTitle(IReadOnlyList<string> lines, int firstItemLine)
    {
        for (var i = Math.Min(firstItemLine, lines.Count) - 1; i >= 0 && i >= firstItemLine - TitleSearchLines; i--)
        {
            var line = lines[i].Trim().Trim('\u3000');
            if (line.Length is < 4 or > MaxTitleLength || TranslationLines.IsEnglish(line) || PageClutter.IsHeaderFurniture(line)
                || line.EndsWith('。') || line.Contains("通知", StringComparison.Ordinal) || line.StartsWith('为') || line.StartsWith('為'))
            {
                continue;
            }

            if (GenreWords.Any(w => line.Contains(w, StringComparison.Ordinal)))
            {
                return (CleanTitle(line), i);
            }
        }

        return (FromNoticeTitle(lines, firstItemLine), -1);
    }

    // "中国质量振兴!贯彻实施…行动计划": a site's slogan before an exclamation mark or colon is not the title.
    private static string CleanTitle(string line)
    {
        var title = line;
        var cut = title.LastIndexOfAny(['!', '！', ':', '：']);
        if (cut >= 0 && cut < title.Length - 1)
        {
            var after = title[(cut + 1)..];
            if (GenreWords.Any(w => after.Contains(w, StringComparison.Ordinal)))
            {
                title = after;
            }
        }

        return title.Trim().Trim('《', '》', '“', '”', '"', ' ', '\u3000');
    }

    // Fallback: "关于印发《X》的通知" → X.
    private static string? FromNoticeTitle(IReadOnlyList<string> lines, int firstItemLine)
    {
        foreach (var line in lines.Take(Math.Max(0, firstItemLine)))
        {
            foreach (var print in new[] { "印发", "印發" })
            {
                var start = line.IndexOf(print, StringComparison.Ordinal);
                var end = line.IndexOf("的通知", StringComparison.Ordinal);
                if (start >= 0 && end > start + print.Length)
                {
                    return CleanTitle(line[(start + print.Length)..end]);
                }
            }
        }

        return null;
    }

    private static string? FindIssuer(List<string> header)
    {
        foreach (var raw in header)
        {
            var line = raw.Trim();
            foreach (var about in AboutWords)
            {
                var at = line.IndexOf(about, StringComparison.Ordinal);
                if (at > 0 && (line.Contains("通知", StringComparison.Ordinal) || line.Contains("印发", StringComparison.Ordinal) || line.Contains("印發", StringComparison.Ordinal)))
                {
                    var issuer = LastWord(line[..at]);
                    if (LooksLikeIssuer(issuer))
                    {
                        return issuer;
                    }
                }
            }
        }

        for (var i = 0; i + 1 < header.Count; i++)
        {
            var line = header[i].Trim().Trim('\u3000');
            var next = header.Skip(i + 1).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
            if (LooksLikeIssuer(line) && next is not null && PlanDates.ReadWholeLine(next) is not null)
            {
                return line;
            }
        }

        return FromIssuerField(header);
    }

    private static string? FromIssuerField(List<string> header)
    {
        for (var i = 0; i < header.Count; i++)
        {
            var line = header[i].Trim();
            foreach (var label in new[] { "发布单位", "發布單位", "发文机关", "發文機關", "发文单位", "發文單位" })
            {
                var at = line.IndexOf(label, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var value = line[(at + label.Length)..].Trim('】', ']', ':', '：', ' ', '\u3000');
                var cut = value.IndexOf('【', StringComparison.Ordinal);
                value = cut >= 0 ? value[..cut].Trim() : value;
                if (value.Length == 0 && i + 1 < header.Count)
                {
                    value = header[i + 1].Trim();
                }

                if (LooksLikeIssuer(value))
                {
                    return value;
                }
            }
        }

        return null;
    }

    // The part of the text after the last breadcrumb separator or space: "首页 » 法规 »福建省质量技术监督局".
    private static string LastWord(string text)
    {
        var cut = text.LastIndexOfAny(['»', '>', ' ', '\u3000', '|', '/']);
        return text[(cut + 1)..].Trim();
    }

    private static bool LooksLikeIssuer(string text) =>
        text.Length >= 3 && text.Length <= MaxIssuerLength && IssuerSuffixes.Contains(text[^1], StringComparison.Ordinal)
        && text.All(c => CommonHanzi.IsHan(c) || c is '(' or ')' or '（' or '）');

    // A notice without a date in its header is often signed at the end: the last line that is only a date.
    private static DateOnly? FindSignatureDate(IReadOnlyList<string> lines, int firstItemLine)
    {
        for (var i = lines.Count - 1; i > firstItemLine; i--)
        {
            if (PlanDates.ReadWholeLine(lines[i]) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? FindDate(List<string> header)
    {
        foreach (var line in header)
        {
            if (PlanDates.ReadWholeLine(line) is { } date)
            {
                return date;
            }
        }

        foreach (var line in header)
        {
            if (PlanDates.ReadField(line) is { } date)
            {
                return date;
            }
        }

        return null;
    }
}
