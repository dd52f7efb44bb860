namespace Zhixin.Platform.Codes;

/// <summary>
/// Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from the 31-symbol set
/// (digits and capitals without I, O, Z, S, V). Position 1 is the registration department, 2 the entity
/// type, 3–8 the GB/T 2260 region where it was issued, 9–17 the GB 11714 organization code (with its own
/// check character) and 18 the check character: C18 = 31 − (Σ Ci·Wi mod 31), 31 → '0', Wi = 3^(i−1) mod 31.
/// </summary>
/// <remarks>
/// Registration-department characters other than digits are real (e.g. G for foreign NGO offices), so
/// position 1 and 2 accept any symbol of the set. Early pilot codes from Xiamen were issued with check
/// characters that fail the formula; they are legal and can be admitted only through
/// <see cref="ParseAllowingCheckOverride"/>, which the caller must audit.
/// </remarks>
public readonly record struct CreditCode
{
    public const int Length = 18;

    /// <summary>The GB 32100 symbol set in value order: '0'…'9' = 0…9, 'A' = 10 … 'Y' = 30.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private CreditCode(string value, bool checkCharactersValid)
    {
        Value = value;
        CheckCharactersValid = checkCharactersValid;
    }

    public string Value { get; }

    /// <summary>False only for a code admitted by an explicit override (a legal pilot-era code).</summary>
    public bool CheckCharactersValid { get; }

    public char RegistrationDepartment => Value[0];

    public char EntityType => Value[1];

    /// <summary>Positions 3–8: the region of the issuing authority (not necessarily the firm's current one).</summary>
    public string IssuingRegion => Value.Substring(2, 6);

    /// <summary>Positions 9–17, the organization code embedded in the credit code.</summary>
    public OrgCode OrganizationCode => OrgCode.FromTrusted(Value.Substring(8, OrgCode.Length));

    public static ParseResult<CreditCode> Parse(string? text) => Parse(text, allowCheckOverride: false);

    /// <summary>
    /// Accepts a code whose format is right but whose check characters fail. The result says so in
    /// <see cref="CheckCharactersValid"/>; whoever stores it records who allowed it and why.
    /// </summary>
    public static ParseResult<CreditCode> ParseAllowingCheckOverride(string? text) => Parse(text, allowCheckOverride: true);

    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("A credit code body has seventeen characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not a GB 32100 character.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    private static ParseResult<CreditCode> Parse(string? text, bool allowCheckOverride)
    {
        var value = CodeText.Normalize(text);
        if (value.Length == 0)
        {
            return Parsed.Invalid<CreditCode>(new CodeProblem("CreditCode.Empty"));
        }

        if (value.Length != Length)
        {
            return Parsed.Invalid<CreditCode>(new CodeProblem("CreditCode.Length", value.Length));
        }

        for (var i = 0; i < Length; i++)
        {
            if (!Alphabet.Contains(value[i], StringComparison.Ordinal))
            {
                return Parsed.Invalid<CreditCode>(
                    new CodeProblem("CreditCode.InvalidCharacter", i + 1, CodeText.Printable(value[i])));
            }
        }

        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return Parsed.Invalid<CreditCode>(
                    new CodeProblem("CreditCode.RegionNotDigits", i + 1, CodeText.Printable(value[i])));
            }
        }

        var embedded = value.Substring(8, OrgCode.Length);
        var expectedOrgCheck = OrgCode.ComputeCheckCharacter(embedded.AsSpan(0, 8));
        var expectedCheck = ComputeCheckCharacter(value.AsSpan(0, Length - 1));
        var orgCheckValid = expectedOrgCheck == embedded[8];
        var checkValid = expectedCheck == value[Length - 1];

        if (checkValid && orgCheckValid)
        {
            return Parsed.Valid<CreditCode>(new CreditCode(value, checkCharactersValid: true));
        }

        if (allowCheckOverride)
        {
            return Parsed.Valid<CreditCode>(new CreditCode(value, checkCharactersValid: false));
        }

        return !checkValid
            ? Parsed.Invalid<CreditCode>(new CodeProblem("CreditCode.CheckCharacter", value[Length - 1], expectedCheck))
            : Parsed.Invalid<CreditCode>(new CodeProblem("CreditCode.OrgCodeCheckCharacter", embedded[8], expectedOrgCheck));
    }

    /// <summary>Checks that a separately given organization code is the one inside this credit code.</summary>
    public bool Contains(OrgCode orgCode) => string.Equals(OrganizationCode.Value, orgCode.Value, StringComparison.Ordinal);

    /// <summary>Rebuilds a code read back from storage, where only checked or overridden codes are written.</summary>
    public static CreditCode FromStorage(string value, bool checkCharactersValid) => new(value, checkCharactersValid);

    public override string ToString() => Value;
}
