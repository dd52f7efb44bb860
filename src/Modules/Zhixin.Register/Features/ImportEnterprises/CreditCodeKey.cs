using Zhixin.Platform.Codes;

namespace Zhixin.Register.Features.ImportEnterprises;

/// <summary>
/// A credit code packed into 90 bits (18 symbols of 5 bits), so a file of millions of rows can be checked
/// for duplicates in a few tens of megabytes instead of hundreds.
/// </summary>
internal static class CreditCodeKey
{
    public static UInt128 Pack(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        UInt128 key = 0;
        foreach (var c in code)
        {
            key = (key << 5) | (uint)CreditCode.Alphabet.IndexOf(c, StringComparison.Ordinal);
        }

        return key;
    }
}
