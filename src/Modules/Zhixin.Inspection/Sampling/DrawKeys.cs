using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zhixin.Inspection.Sampling;

/// <summary>
/// The draw's only source of chance: SHA-256 of the seed's 32 bytes followed by a UTF-8 label. Unlike
/// System.Random, whose algorithm is an implementation detail, this gives the same numbers in any language.
/// </summary>
internal static class DrawKeys
{
    private const double TwoTo53 = 9007199254740992.0;

    /// <summary>SHA-256(seed ‖ "firm|" ‖ credit code).</summary>
    public static byte[] Firm(byte[] seed, string creditCode) => Hash(seed, "firm|" + creditCode);

    /// <summary>SHA-256(seed ‖ "inspector|" ‖ credit code ‖ "|" ‖ inspector id): each firm orders the inspectors afresh.</summary>
    public static byte[] Inspector(byte[] seed, string creditCode, string inspectorId) => Hash(seed, "inspector|" + creditCode + "|" + inspectorId);

    /// <summary>
    /// The Efraimidis–Spirakis key u^(1/w); the largest keys are drawn. u comes from the first 8 bytes of the
    /// hash read as a big-endian unsigned integer, shifted right by 11 to its top 53 bits x, as
    /// u = (2^53 − x) / 2^53, which a double holds exactly, lies in (0, 1] and falls as the hash rises: with all
    /// weights 1, the draw is simply the lowest hashes first. w is the weight's canonical text parsed as a
    /// double, and the power is the C library's pow, as in Python's <c>u ** (1.0 / w)</c>.
    /// </summary>
    public static double Weighted(byte[] key, string canonicalWeight)
    {
        ArgumentNullException.ThrowIfNull(key);
        var x = BinaryPrimitives.ReadUInt64BigEndian(key) >> 11;
        var u = ((1UL << 53) - x) / TwoTo53;
        return Math.Pow(u, 1.0 / double.Parse(canonicalWeight, CultureInfo.InvariantCulture));
    }

    private static byte[] Hash(byte[] seed, string label)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var labelBytes = Encoding.UTF8.GetBytes(label);
        var input = new byte[seed.Length + labelBytes.Length];
        seed.CopyTo(input, 0);
        labelBytes.CopyTo(input, seed.Length);
        return SHA256.HashData(input);
    }
}
