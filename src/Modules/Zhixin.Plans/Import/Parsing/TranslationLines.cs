namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// Bilingual copies follow every Chinese line with an English one. A line is English when it has Latin words and
/// (almost) no Han characters; such a line is never an item and never part of the Chinese text.
/// </summary>
internal static class TranslationLines
{
    public static bool IsEnglish(string line)
    {
        int letters = 0, han = 0;
        foreach (var c in line)
        {
            if (char.IsAsciiLetter(c))
            {
                letters++;
            }
            else if (CommonHanzi.IsHan(c))
            {
                han++;
            }
        }

        return letters >= 2 && (han == 0 || (letters >= 20 && han * 20 <= letters));
    }
}
