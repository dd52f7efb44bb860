using System.Globalization;
using Zhixin.Platform.Resources;

namespace Zhixin.Platform.Web;

/// <summary>
/// The checks every module's forms, API and imports share (required, optional, length), with the messages in the
/// user's language; each module names its fields through <paramref name="label"/>.
/// </summary>
public sealed class FormFields(Func<string, string> label)
{
    /// <summary>The trimmed text, or null with an error when it is missing or longer than <paramref name="maxLength"/>.</summary>
    public string? Required(FieldErrors errors, string field, string? value, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(field, Message("Field.Required", Label(field)));
            return null;
        }

        return Length(errors, field, text, maxLength);
    }

    /// <summary>The trimmed text or null when empty; an error when longer than <paramref name="maxLength"/>.</summary>
    public string? Optional(FieldErrors errors, string field, string? value, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) ? null : Length(errors, field, text, maxLength);
    }

    /// <summary>The value, with an error when it is missing.</summary>
    public T? Present<T>(FieldErrors errors, string field, T? value)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is null)
        {
            errors.Add(field, Message("Field.Required", Label(field)));
        }

        return value;
    }

    /// <summary>The field's name for people; a field inside a list ("items[2].verdict") is named by its last part.</summary>
    public string Label(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return label(field[(field.LastIndexOf('.') + 1)..]);
    }

    private string? Length(FieldErrors errors, string field, string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        errors.Add(field, Message("Field.TooLong", Label(field), maxLength));
        return null;
    }

    private static string Message(string key, params object[] arguments) =>
        PlatformText.Format(CultureInfo.CurrentUICulture, key, arguments);
}
