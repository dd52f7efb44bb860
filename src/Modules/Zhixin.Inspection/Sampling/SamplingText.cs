namespace Zhixin.Inspection.Sampling;

/// <summary>
/// A sentence for a person, kept as a resource key and its arguments so that it is worded when shown: in
/// Chinese on a page, in English through an API call with Accept-Language: en. An argument that is itself
/// a <see cref="SamplingText"/> (a risk level, a note) is worded first.
/// </summary>
internal sealed record SamplingText(string Key, params object[] Arguments)
{
    public string Message => InspectionText.Format(Key, [.. Arguments.Select(argument => argument is SamplingText text ? text.Message : argument)]);

    public override string ToString() => Message;
}
