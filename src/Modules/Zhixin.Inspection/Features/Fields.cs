using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features;

/// <summary>Checks shared by the module's forms, API and imports (the platform's <see cref="FormFields"/>), with the module's field names.</summary>
internal static class Fields
{
    private static readonly FormFields Checks = new(field => InspectionText.Get("Field." + field));

    /// <summary>The trimmed text, or null with an error when it is missing or longer than <paramref name="maxLength"/>.</summary>
    public static string? Required(FieldErrors errors, string field, string? value, int maxLength) => Checks.Required(errors, field, value, maxLength);

    /// <summary>The trimmed text or null when empty; an error when longer than <paramref name="maxLength"/>.</summary>
    public static string? Optional(FieldErrors errors, string field, string? value, int maxLength) => Checks.Optional(errors, field, value, maxLength);

    public static T? Required<T>(FieldErrors errors, string field, T? value)
        where T : struct => Checks.Present(errors, field, value);

    /// <summary>The field's name for people; a field inside a list ("items[2].verdict") is named by its last part.</summary>
    public static string Label(string field) => Checks.Label(field);
}
