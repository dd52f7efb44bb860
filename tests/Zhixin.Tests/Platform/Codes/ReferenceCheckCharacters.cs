namespace Zhixin.Tests.Platform.Codes;

/// <summary>
/// Independent re-implementations of the three check-character rules, used by the tests to build valid
/// codes and to cross-check the production code. They are deliberately shaped differently from src:
/// weights are derived instead of tabulated, and the check character is found by searching for the one
/// that makes the whole weighted sum vanish, so a slip in a weight table or in the "31 − r, 31 → 0"
/// step would have to be made twice, in two different forms, to go unnoticed.
/// </summary>
internal static class ReferenceCheckCharacters
{
    /// <summary>Typed again rather than taken from <c>CreditCode.Alphabet</c>, so a typo there shows.</summary>
    public const string Gb32100Symbols = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public const string Digits = "0123456789";

    /// <summary>Body characters of GB 11714 (digits and every capital letter).</summary>
    public const string Gb11714BodySymbols = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>What may stand in position 9 of an organization code.</summary>
    public const string Gb11714CheckSymbols = "0123456789X";

    /// <summary>GB 32100: the character C18 with (Σ Ci·3^(i−1) + C18) ≡ 0 (mod 31).</summary>
    public static char Gb32100(string first17)
    {
        var sum = 0;
        var weight = 1;
        foreach (var c in first17)
        {
            sum = (sum + (Gb32100Symbols.IndexOf(c, StringComparison.Ordinal) * weight)) % 31;
            weight = weight * 3 % 31;
        }

        return Gb32100Symbols.Single(c => (sum + Gb32100Symbols.IndexOf(c, StringComparison.Ordinal)) % 31 == 0);
    }

    /// <summary>
    /// GB 11714: the weights 3, 7, 9, 10, 5, 8, 4, 2 are 2^(9−i) mod 11, and the check value d makes
    /// Σ Ci·Wi + d ≡ 0 (mod 11), written 'X' for 10 (which is the standard's "11 − r, 10 → X, 11 → 0").
    /// </summary>
    public static char Gb11714(string body8)
    {
        var sum = body8
            .Select((c, i) => Gb11714BodySymbols.IndexOf(c, StringComparison.Ordinal) * (int)((1L << (8 - i)) % 11))
            .Sum();
        var d = Enumerable.Range(0, 11).Single(d => (sum + d) % 11 == 0);
        return Gb11714CheckSymbols[d];
    }

    /// <summary>GS1 mod 10: from the right, digits weigh 3, 1, 3, …; the check digit rounds up to a multiple of ten.</summary>
    public static char Gs1(string digitsWithoutCheck)
    {
        var sum = digitsWithoutCheck
            .Reverse()
            .Select((c, i) => (c - '0') * (i % 2 == 0 ? 3 : 1))
            .Sum();
        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
