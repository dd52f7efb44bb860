namespace Zhixin.Plans.Import.Parsing;

/// <summary>The title of an item: its first sentence, up to 。 ； ; ！ ？ (outside parentheses), without the end mark.</summary>
internal static class FirstSentence
{
    private const int MaxTitleWithoutStop = 120;

    public static string Of(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '(' or '（')
            {
                depth++;
            }
            else if (c is ')' or '）')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == '\n' || (depth == 0 && c is '。' or '；' or ';' or '！' or '？' or '!'))
            {
                return text[..i].Trim();
            }
        }

        var whole = text.Trim();
        return whole.Length <= MaxTitleWithoutStop ? whole : whole[..MaxTitleWithoutStop];
    }
}
