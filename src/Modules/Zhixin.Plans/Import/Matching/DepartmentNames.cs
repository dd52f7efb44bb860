using Zhixin.Plans.Import.Parsing;

namespace Zhixin.Plans.Import.Matching;

/// <summary>
/// The comparable form of a department name: pinyin glosses removed, full-width punctuation made ASCII (the
/// table uses ASCII), white space dropped. Script is not changed here; the matcher tries simplified as a
/// second form.
/// </summary>
internal static class DepartmentNames
{
    public static string Normalise(string name)
    {
        var text = PinyinGlosses.Remove(name);
        var chars = new List<char>(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000')
            {
                continue;
            }

            chars.Add(c switch
            {
                '（' => '(',
                '）' => ')',
                '，' => ',',
                '：' => ':',
                '；' => ';',
                _ => c,
            });
        }

        return new string([.. chars]);
    }
}
