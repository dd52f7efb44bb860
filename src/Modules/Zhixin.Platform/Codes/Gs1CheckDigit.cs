namespace Zhixin.Platform.Codes;

/// <summary>
/// The GS1 mod-10 check digit shared by GTIN, GLN and SSCC: weights 3 and 1 alternate from the digit
/// next to the check digit leftwards; the check digit brings the sum to a multiple of ten.
/// </summary>
public static class Gs1CheckDigit
{
    public static char Compute(ReadOnlySpan<char> digitsWithoutCheck)
    {
        var sum = 0;
        var weight = 3;
        for (var i = digitsWithoutCheck.Length - 1; i >= 0; i--)
        {
            var c = digitsWithoutCheck[i];
            if (!char.IsAsciiDigit(c))
            {
                throw new ArgumentException($"'{c}' is not a digit.", nameof(digitsWithoutCheck));
            }

            sum += (c - '0') * weight;
            weight = 4 - weight;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <summary>Checks digits-only, length and check digit; <paramref name="kind"/> prefixes the message keys.</summary>
    internal static CodeProblem? Check(string value, string kind, ReadOnlySpan<int> lengths)
    {
        if (value.Length == 0)
        {
            return new CodeProblem($"{kind}.Empty");
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return new CodeProblem($"{kind}.InvalidCharacter", i + 1, CodeText.Printable(value[i]));
            }
        }

        if (!lengths.Contains(value.Length))
        {
            return new CodeProblem($"{kind}.Length", value.Length);
        }

        var expected = Compute(value.AsSpan(0, value.Length - 1));
        return expected == value[^1] ? null : new CodeProblem($"{kind}.CheckDigit", value[^1], expected);
    }
}
