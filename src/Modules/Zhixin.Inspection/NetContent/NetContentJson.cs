using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhixin.Inspection.NetContent;

/// <summary>
/// How a result is written as JSON: camelCase, enums by name, Chinese unescaped, indented for reading, and
/// decimals without the trailing zeros arithmetic leaves (22.5, not 22.50).
/// </summary>
internal static class NetContentJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new NormalizedDecimalConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static string Write(NetContentResult result) => JsonSerializer.Serialize(result, Options);

    private sealed class NormalizedDecimalConverter : JsonConverter<decimal>
    {
        // Dividing by 1 with 30 zeros keeps the value and drops the scale it does not need.
        private const decimal One = 1.000000000000000000000000000000000m;

        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value / One);
    }
}
