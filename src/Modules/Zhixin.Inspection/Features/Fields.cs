using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features;

/// <summary>Checks shared by the module's forms, API and imports, with the messages in the user's language.</summary>
internal static class Fields
{
    /// <summary>The trimmed text, or null with an error when it is missing or longer than <paramref name="maxLength"/>.</summary>
    public static string? Required(FieldErrors errors, string field, string? value, int maxLength)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(field, InspectionText.Format("Field.Required", Label(field)));
            return null;
        }

        return Length(errors, field, text, maxLength);
    }

    /// <summary>The trimmed text or null when empty; an error when longer than <paramref name="maxLength"/>.</summary>
    public static string? Optional(FieldErrors errors, string field, string? value, int maxLength)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) ? null : Length(errors, field, text, maxLength);
    }

    public static T? Required<T>(FieldErrors errors, string field, T? value)
        where T : struct
    {
        if (value is null)
        {
            errors.Add(field, InspectionText.Format("Field.Required", Label(field)));
        }

        return value;
    }

    /// <summary>The field's name for people; a field inside a list ("items[2].verdict") is named by its last part.</summary>
    public static string Label(string field) => InspectionText.Get("Field." + field[(field.LastIndexOf('.') + 1)..]);

    private static string? Length(FieldErrors errors, string field, string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        errors.Add(field, InspectionText.Format("Field.TooLong", Label(field), maxLength));
        return null;
    }
}
