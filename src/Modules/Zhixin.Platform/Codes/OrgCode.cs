namespace Zhixin.Platform.Codes;

/// <summary>
/// Organization code (组织机构代码), GB 11714-1997: eight body characters (digits or Latin capitals,
/// valued A = 10 … Z = 35) and a check character: C9 = 11 − (Σ Ci·Wi mod 11), 10 → 'X', 11 → '0'.
/// Printed as XXXXXXXX-C; the hyphen is accepted on input and never stored.
/// </summary>
public readonly record struct OrgCode
{
    public const int Length = 9;

    private static readonly int[] Weights = [3, 7, 9, 10, 5, 8, 4, 2];

    private OrgCode(string value) => Value = value;

    /// <summary>The nine characters without hyphen, e.g. 19220382-1 is "192203821".</summary>
    public string Value { get; }

    public string Printed => $"{Value[..8]}-{Value[8]}";

    public static ParseResult<OrgCode> Parse(string? text)
    {
        var normalized = CodeText.Normalize(text);
        if (normalized.Length == 0)
        {
            return Parsed.Invalid<OrgCode>(new CodeProblem("OrgCode.Empty"));
        }

        if (normalized.Length == Length + 1 && normalized[8] == '-')
        {
            normalized = string.Concat(normalized.AsSpan(0, 8), normalized.AsSpan(9));
        }

        if (normalized.Length != Length)
        {
            return Parsed.Invalid<OrgCode>(new CodeProblem("OrgCode.Length", normalized.Length));
        }

        for (var i = 0; i < 8; i++)
        {
            if (BodyValue(normalized[i]) < 0)
            {
                return Parsed.Invalid<OrgCode>(
                    new CodeProblem("OrgCode.InvalidCharacter", i + 1, CodeText.Printable(normalized[i])));
            }
        }

        var check = normalized[8];
        if (!char.IsAsciiDigit(check) && check != 'X')
        {
            return Parsed.Invalid<OrgCode>(new CodeProblem("OrgCode.InvalidCheckCharacter", CodeText.Printable(check)));
        }

        var expected = ComputeCheckCharacter(normalized.AsSpan(0, 8));
        return expected == check
            ? Parsed.Valid<OrgCode>(new OrgCode(normalized))
            : Parsed.Invalid<OrgCode>(new CodeProblem("OrgCode.CheckCharacter", check, expected));
    }

    /// <summary>The check character for an eight-character body; throws if the body is malformed.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length != 8)
        {
            throw new ArgumentException("An organization code body has eight characters.", nameof(body));
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var value = BodyValue(body[i]);
            if (value < 0)
            {
                throw new ArgumentException($"'{body[i]}' is not a GB 11714 body character.", nameof(body));
            }

            sum += value * Weights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }

    /// <summary>Wraps characters already known to be a valid organization code (a checked credit code's part).</summary>
    internal static OrgCode FromTrusted(string value) => new(value);

    private static int BodyValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => -1,
    };

    public override string ToString() => Value;
}
