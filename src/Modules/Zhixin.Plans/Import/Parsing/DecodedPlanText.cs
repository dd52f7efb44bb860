namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// The outcome of decoding an uploaded plan: either <see cref="Text"/> with the <see cref="EncodingName"/> used,
/// or a <see cref="Failure"/> that says in plain words why the bytes are no plan text.
/// </summary>
internal sealed record DecodedPlanText(string? Text, string? EncodingName, string? Failure)
{
    public bool Succeeded => Text is not null;

    public static DecodedPlanText Success(string text, string encodingName) => new(text, encodingName, null);

    public static DecodedPlanText Fail(string reason) => new(null, null, reason);
}
