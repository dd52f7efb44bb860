using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhixin.Plans.Assessment;

/// <summary>Reads and writes schemes as camelCase JSON, and loads the default scheme shipped with the module.</summary>
internal static class AssessmentSchemeJson
{
    public const string DefaultResource = "Zhixin.Plans.Assessment.default-scheme.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Reads a scheme and refuses an invalid one, listing every problem.</summary>
    public static AssessmentScheme Read(string json)
    {
        var scheme = JsonSerializer.Deserialize<AssessmentScheme>(json, Options)
            ?? throw new JsonException("An assessment scheme cannot be null.");
        var problems = scheme.Problems();
        return problems.Count == 0 ? scheme : throw new JsonException(string.Join(" ", problems));
    }

    public static string Write(AssessmentScheme scheme) => JsonSerializer.Serialize(scheme, Options);

    public static AssessmentScheme LoadDefault()
    {
        using var stream = typeof(AssessmentSchemeJson).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"Resource {DefaultResource} is missing from the module.");
        using var reader = new StreamReader(stream);
        return Read(reader.ReadToEnd());
    }
}
