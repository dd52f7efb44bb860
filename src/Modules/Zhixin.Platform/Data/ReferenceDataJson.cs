using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhixin.Platform.Data;

/// <summary>
/// Reads a module's embedded reference data (camelCase JSON, enums as names, required fields required) and
/// refuses data with any problem, listing them all, so a bad correction fails at start-up rather than as a
/// wrong deadline.
/// </summary>
public static class ReferenceDataJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>The text of a resource embedded in a module's assembly (LogicalName Zhixin.&lt;Module&gt;.&lt;file&gt;.json).</summary>
    public static string Embedded(Assembly module, string resource)
    {
        ArgumentNullException.ThrowIfNull(module);
        using var stream = module.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Resource {resource} is missing from the module.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Deserializes <paramref name="json"/>; a <see cref="JsonException"/> lists every problem <paramref name="problems"/> finds.</summary>
    public static T Read<T>(string json, Func<T, IReadOnlyList<string>> problems)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(problems);
        var data = JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"The {typeof(T).Name} cannot be null.");
        var found = problems(data);
        return found.Count == 0 ? data : throw new JsonException(string.Join(" ", found));
    }
}
