namespace Zhixin.Inspection.NetContent;

/// <summary>
/// The field names validation errors are reported under: the input's JSON names, so an endpoint's
/// ProblemDetails point at the request, and measurements by zero-based index as a JSON path would.
/// </summary>
internal static class NetContentFields
{
    public const string Nominal = "nominal";
    public const string Unit = "unit";
    public const string LotSize = "lotSize";
    public const string Measurements = "measurements";
    public const string CheckDate = "checkDate";
    public const string Edition = "edition";

    private const string MeasurementPrefix = Measurements + "[";

    public static string Measurement(int index) => $"{MeasurementPrefix}{index}]";

    /// <summary>The index of a <see cref="Measurement"/> field, so a caller can point at where the value came from (a file line).</summary>
    public static int? MeasurementIndex(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.StartsWith(MeasurementPrefix, StringComparison.Ordinal) && field.EndsWith(']')
            && int.TryParse(field.AsSpan(MeasurementPrefix.Length, field.Length - MeasurementPrefix.Length - 1), out var index)
            ? index
            : null;
    }
}
