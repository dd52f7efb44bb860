using System.Text.RegularExpressions;
using Zhixin.Plans.Indicators;

namespace Zhixin.Plans.Alignment;

/// <summary>
/// Cuts text into character bigrams and trigrams within runs of CJK characters (and digits, if asked),
/// so that no word segmenter is needed: 质量诚信体系 gives 质量, 量诚, 诚信, …, 质量诚, 量诚信, …. Punctuation and
/// spaces break runs, so no n-gram spans two phrases. Text is folded to simplified characters first.
/// </summary>
internal static partial class CharacterNGrams
{
    public static IEnumerable<string> Of(string text, bool includeDigits)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runs = (includeDigits ? CjkOrDigitRuns() : CjkRuns()).Matches(CharacterFolding.Fold(text));
        foreach (Match run in runs)
        {
            for (var length = 2; length <= 3; length++)
            {
                for (var start = 0; start + length <= run.Length; start++)
                {
                    yield return run.Value.Substring(start, length);
                }
            }
        }
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2,}")]
    private static partial Regex CjkRuns();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}0-9]{2,}")]
    private static partial Regex CjkOrDigitRuns();
}
