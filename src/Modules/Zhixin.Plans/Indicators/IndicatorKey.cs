using System.Text;

namespace Zhixin.Plans.Indicators;

/// <summary>
/// The form of an indicator name used for matching: compatibility-normalised (full-width letters and digits
/// become ASCII), folded to simplified characters, lower-case, without spaces or punctuation. Two plans that
/// write 產品質量監督抽查合格率 and 产品质量监督抽查合格率 share one key.
/// </summary>
internal static class IndicatorKey
{
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = CharacterFolding.Fold(name.Normalize(NormalizationForm.FormKC));
        var key = new StringBuilder(folded.Length);
        foreach (var character in folded)
        {
            if (char.IsLetterOrDigit(character))
            {
                key.Append(char.ToLowerInvariant(character));
            }
        }

        return key.ToString();
    }
}
