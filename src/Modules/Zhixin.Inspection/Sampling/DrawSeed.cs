using System.Buffers;
using System.Security.Cryptography;

namespace Zhixin.Inspection.Sampling;

/// <summary>
/// The 256-bit seed of a draw, written as 64 lower-case hex characters. It is published together with the
/// pool hash before the draw; anyone holding both and the pool listing can re-run the draw.
/// </summary>
internal sealed record DrawSeed
{
    public const int Bytes = 32;

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private DrawSeed(string hex) => Hex = hex;

    public string Hex { get; }

    /// <summary>A fresh seed from the operating system's cryptographic generator.</summary>
    public static DrawSeed NewRandom() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Bytes)));

    /// <summary>
    /// A seed given as text, e.g. derived from a public lottery result. Exactly 64 hex digits; upper case is
    /// accepted and written lower case. Nothing is trimmed: a seed is copied, not typed.
    /// </summary>
    public static SamplingOutcome<DrawSeed> Parse(string? text)
    {
        if (text is not { Length: Bytes * 2 })
        {
            return SamplingOutcome<DrawSeed>.Invalid(new SamplingProblem(SamplingSubject.Seed, "Sampling.Seed.Length", text?.Length ?? 0));
        }

        var wrong = text.AsSpan().IndexOfAnyExcept(HexDigits);
        if (wrong >= 0)
        {
            return SamplingOutcome<DrawSeed>.Invalid(new SamplingProblem(SamplingSubject.Seed, "Sampling.Seed.NotHex", wrong + 1, text[wrong]));
        }

        return SamplingOutcome<DrawSeed>.Valid(new DrawSeed(text.ToLowerInvariant()));
    }

    public byte[] ToBytes() => Convert.FromHexString(Hex);

    public override string ToString() => Hex;
}
