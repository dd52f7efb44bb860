using System.Globalization;
using System.Text.Json;
using Zhixin.Platform.Web;

namespace Zhixin.Register.Domain;

internal sealed record IndustrySection(string Code, string Name, string NameEn, int FirstDivision, int LastDivision);

/// <summary>
/// GB/T 4754-2017 industry codes: a section letter alone (C), or a section letter with a two- to
/// four-digit division, group or class (C13, C131, C1311), or the digits alone, whose section is implied.
/// Stored normalised as letter + digits.
/// </summary>
internal static class Industries
{
    private static readonly Lazy<IReadOnlyList<IndustrySection>> LazySections = new(Load);

    public static IReadOnlyList<IndustrySection> Sections => LazySections.Value;

    public static IndustrySection? Find(string? normalizedCode) =>
        string.IsNullOrEmpty(normalizedCode) ? null : Sections.FirstOrDefault(s => s.Code[0] == normalizedCode[0]);

    /// <summary>Normalises an industry code, or returns a message key and its arguments.</summary>
    public static string? Normalize(string? text, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var value = text?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var letter = char.IsAsciiLetter(value[0]) ? value[0] : (char?)null;
        var digits = letter is null ? value : value[1..];
        if (!digits.All(char.IsAsciiDigit) || digits.Length is 1 or > 4)
        {
            errors.Add(field, RegisterText.Format("Industry.Malformed", value));
            return null;
        }

        if (digits.Length == 0)
        {
            if (Sections.All(s => s.Code[0] != letter))
            {
                errors.Add(field, RegisterText.Format("Industry.UnknownSection", value));
                return null;
            }

            return value;
        }

        var division = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var section = Sections.FirstOrDefault(s => division >= s.FirstDivision && division <= s.LastDivision);
        if (section is null)
        {
            errors.Add(field, RegisterText.Format("Industry.UnknownDivision", value));
            return null;
        }

        if (letter is not null && letter != section.Code[0])
        {
            errors.Add(field, RegisterText.Format("Industry.SectionMismatch", value, section.Code, section.Name));
            return null;
        }

        return section.Code + digits;
    }

    private static IReadOnlyList<IndustrySection> Load()
    {
        using var stream = typeof(Industries).Assembly.GetManifestResourceStream("Zhixin.Register.Data.Reference.industries.json")
            ?? throw new InvalidOperationException("The embedded GB/T 4754 table is missing.");
        using var document = JsonDocument.Parse(stream);
        return [.. document.RootElement.GetProperty("sections").EnumerateArray().Select(s => new IndustrySection(
            s.GetProperty("code").GetString()!,
            s.GetProperty("name").GetString()!,
            s.GetProperty("nameEn").GetString()!,
            s.GetProperty("divisions")[0].GetInt32(),
            s.GetProperty("divisions")[1].GetInt32()))];
    }
}
