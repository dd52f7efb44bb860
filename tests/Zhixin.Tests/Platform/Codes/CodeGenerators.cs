using CsCheck;

namespace Zhixin.Tests.Platform.Codes;

/// <summary>
/// CsCheck generators of valid codes. Check characters come from <see cref="ReferenceCheckCharacters"/>,
/// not from the code under test, so "valid by construction" does not lean on what is being tested.
/// </summary>
internal static class CodeGenerators
{
    public static readonly Gen<char> Gb32100Symbol = Gen.Char[ReferenceCheckCharacters.Gb32100Symbols];

    public static readonly Gen<char> Digit = Gen.Char['0', '9'];

    public static readonly Gen<char> Gb11714BodySymbol = Gen.Char[ReferenceCheckCharacters.Gb11714BodySymbols];

    /// <summary>
    /// A credit code with any registration department and entity type (letters included), a six-digit
    /// region and an embedded organization code whose body is drawn from the credit code's symbol set.
    /// </summary>
    public static readonly Gen<string> ValidCreditCode =
        Gen.Select(Gb32100Symbol.Array[2], Digit.Array[6], Gb32100Symbol.Array[8], (head, region, orgBody) =>
        {
            var body = new string(orgBody);
            var first17 = new string(head) + new string(region) + body + ReferenceCheckCharacters.Gb11714(body);
            return first17 + ReferenceCheckCharacters.Gb32100(first17);
        });

    public static readonly Gen<string> ValidOrgCode =
        Gb11714BodySymbol.Array[8].Select(chars =>
        {
            var body = new string(chars);
            return body + ReferenceCheckCharacters.Gb11714(body);
        });

    public static readonly Gen<string> ValidOrgCodeWithDigitBody =
        Digit.Array[8].Select(chars =>
        {
            var body = new string(chars);
            return body + ReferenceCheckCharacters.Gb11714(body);
        });

    /// <summary>A GS1 key of the given total length (check digit included).</summary>
    public static Gen<string> ValidGs1Key(int length) =>
        Digit.Array[length - 1].Select(chars =>
        {
            var body = new string(chars);
            return body + ReferenceCheckCharacters.Gs1(body);
        });

    /// <summary>A GTIN in one of the four lengths GS1 defines.</summary>
    public static readonly Gen<string> ValidGtin =
        Gen.OneOf(8, 12, 13, 14).SelectMany(ValidGs1Key);

    /// <summary>
    /// <paramref name="code"/> with the character at <paramref name="index"/> replaced by another one from
    /// <paramref name="allowed"/>; <paramref name="shift"/> (1 … allowed.Length − 1) picks which, so the
    /// replacement always differs without filtering.
    /// </summary>
    public static string Substitute(string code, int index, string allowed, int shift)
    {
        var current = allowed.IndexOf(code[index], StringComparison.Ordinal);
        var replacement = allowed[(current + shift) % allowed.Length];
        return string.Concat(code.AsSpan(0, index), replacement.ToString(), code.AsSpan(index + 1));
    }

    /// <summary><paramref name="code"/> with the characters at <paramref name="index"/> and the next swapped.</summary>
    public static string SwapWithNext(string code, int index)
    {
        var chars = code.ToCharArray();
        (chars[index], chars[index + 1]) = (chars[index + 1], chars[index]);
        return new string(chars);
    }

    /// <summary>The full-width (IME) form of printable ASCII: '0' → '０', 'A' → 'Ａ'.</summary>
    public static string ToFullWidth(string ascii) =>
        string.Concat(ascii.Select(c => c is > ' ' and <= '~' ? (char)(c + 0xFEE0) : c));
}
