using System.Text;

namespace Zhixin.Platform.Codes;

/// <summary>
/// Input normalisation shared by every code: spreadsheets from government offices carry full-width
/// digits and letters typed through a Chinese IME, stray spaces and lower case.
/// </summary>
public static class CodeText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    public static string Printable(char c) => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
}
