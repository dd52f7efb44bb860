namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// Finds the parenthesis that closes a text, e.g. the department clause at the end of a task, allowing a full
/// stop or white space after it and nested parentheses inside it (各市、县(区)人民政府). Either width of
/// parenthesis opens or closes.
/// </summary>
internal static class TrailingClause
{
    public static bool TryFind(string text, out int start, out string content)
    {
        start = -1;
        content = "";
        var end = text.Length - 1;
        while (end >= 0 && (char.IsWhiteSpace(text[end]) || text[end] is '。' or '.' or '\u3000' or '；' or ';'))
        {
            end--;
        }

        if (end < 1 || text[end] is not (')' or '）'))
        {
            return false;
        }

        var depth = 0;
        for (var i = end; i >= 0; i--)
        {
            if (text[i] is ')' or '）')
            {
                depth++;
            }
            else if (text[i] is '(' or '（')
            {
                depth--;
                if (depth == 0)
                {
                    start = i;
                    content = text[(i + 1)..end].Trim();
                    return true;
                }
            }
            else if (text[i] == '\n' && depth > 0 && end - i > 400)
            {
                // A clause never spans paragraphs of this length; an unbalanced parenthesis is no clause.
                return false;
            }
        }

        return false;
    }
}
