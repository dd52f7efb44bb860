using Zhixin.Platform.Codes;

namespace Zhixin.Tests.Platform.Codes;

public sealed class CreditCodeTests
{
    private const string Huawei = "914403001922038216";
    private const string TencentTechnology = "9144030071526726XG";

    [Theory]
    [InlineData(Huawei)] // Huawei Technologies: embedded org code 19220382, GB 11714 remainder 10 → check '1'
    [InlineData(TencentTechnology)] // Tencent Technology (Shenzhen): org check 'X'
    [InlineData("91110000710926094P")] // Sinopec
    [InlineData("91310000631696382C")] // Baosteel
    [InlineData("91440300708461136T")] // Shenzhen Tencent Computer Systems
    public void Parse_WhenPublishedCodeOfRealFirm_IsValid(string code)
    {
        var result = CreditCode.Parse(code);

        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(code, result.Value.Value);
    }

    [Theory]
    [InlineData(Huawei)]
    [InlineData(TencentTechnology)]
    [InlineData("91110000710926094P")]
    [InlineData("91310000631696382C")]
    [InlineData("91440300708461136T")]
    public void Parse_WhenPublishedCodeOfRealFirm_ReportsCheckCharactersValid(string code)
    {
        var result = CreditCode.Parse(code);

        Assert.True(result.Value.CheckCharactersValid);
    }

    // Foreign NGO representative offices are registered by public security (department 'G'). Validators that
    // demand a digit, or only 1/5/9/Y, in position 1 reject these real codes; ours must not.
    [Theory]
    [InlineData("G1610000713522976L")]
    [InlineData("G1330000MCW06863XQ")]
    [InlineData("G11100007178352756")]
    public void Parse_WhenRegistrationDepartmentIsLetterG_IsValid(string code)
    {
        var result = CreditCode.Parse(code);

        Assert.True(result.IsValid, result.Problem?.Message);
    }

    [Fact]
    public void RegistrationDepartment_WhenForeignNgoOffice_IsG()
    {
        var code = CreditCode.Parse("G1330000MCW06863XQ").GetValueOrThrow();

        Assert.Equal('G', code.RegistrationDepartment);
    }

    // Early Xiamen/Fujian pilot codes are legal although C18 fails the formula. Plain Parse must refuse them
    // and say which character the formula gives, so a clerk can tell a typo from a pilot-era code.
    [Theory]
    [InlineData("91350100M0001TGQXM", 'M', '1')]
    [InlineData("91350203M0001QAY9B", 'B', '9')]
    public void Parse_WhenPilotCodeWithFailingCheckCharacter_ReportsExpectedCharacter(string code, char actual, char expected)
    {
        var result = CreditCode.Parse(code);

        Assert.False(result.IsValid);
        Assert.Equal("CreditCode.CheckCharacter", result.Problem!.Key);
        Assert.Equal([actual, expected], result.Problem.Arguments);
    }

    [Theory]
    [InlineData("91350100M0001TGQXM")]
    [InlineData("91350203M0001QAY9B")]
    public void ParseAllowingCheckOverride_WhenPilotCode_AcceptsWithCheckCharactersInvalid(string code)
    {
        var result = CreditCode.ParseAllowingCheckOverride(code);

        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(code, result.Value.Value);
        Assert.False(result.Value.CheckCharactersValid);
    }

    [Fact]
    public void ParseAllowingCheckOverride_WhenCheckCharactersHold_ReportsCheckCharactersValid()
    {
        var result = CreditCode.ParseAllowingCheckOverride(Huawei);

        Assert.True(result.Value.CheckCharactersValid);
    }

    // The override is for check characters only: a malformed code stays malformed.
    [Fact]
    public void ParseAllowingCheckOverride_WhenFormatIsWrong_IsInvalid()
    {
        var result = CreditCode.ParseAllowingCheckOverride("91350100M0001TGQX");

        Assert.Equal("CreditCode.Length", result.Problem?.Key);
    }

    // The standard's worked example of an invalid code, 91350100M000100Y4Z: Σ = 1640, 1640 mod 31 = 28, so C18
    // should be '3'. 'Z' is not even a GB 32100 symbol, and the parser checks the symbol set before any check
    // character, so what it reports is the forbidden 'Z' in position 18.
    [Fact]
    public void Parse_WhenStandardWorkedInvalidExample_ReportsForbiddenZInPosition18()
    {
        var result = CreditCode.Parse("91350100M000100Y4Z");

        Assert.Equal("CreditCode.InvalidCharacter", result.Problem?.Key);
        Assert.Equal([18, "Z"], result.Problem!.Arguments);
    }

    // The override admits wrong check characters, not characters outside the symbol set.
    [Fact]
    public void ParseAllowingCheckOverride_WhenStandardWorkedInvalidExample_IsInvalid()
    {
        var result = CreditCode.ParseAllowingCheckOverride("91350100M000100Y4Z");

        Assert.False(result.IsValid);
    }

    // The worked example with its final 'Z' replaced by a wrong symbol that is in the set: now the credit check is
    // what fails (the embedded organization code M000100Y4 is correct), and the message gives '3'.
    [Fact]
    public void Parse_WhenStandardWorkedExampleWithWrongAllowedCheck_ReportsExpectedCheckCharacter3()
    {
        var result = CreditCode.Parse("91350100M000100Y4Y");

        Assert.Equal("CreditCode.CheckCharacter", result.Problem?.Key);
        Assert.Equal(['Y', '3'], result.Problem!.Arguments);
    }

    [Fact]
    public void Parse_WhenStandardWorkedExampleCorrectedTo3_IsValid()
    {
        var result = CreditCode.Parse("91350100M000100Y43");

        Assert.True(result.IsValid, result.Problem?.Message);
    }

    [Fact]
    public void ComputeCheckCharacter_WhenStandardWorkedExampleBody_Returns3()
    {
        Assert.Equal('3', CreditCode.ComputeCheckCharacter("91350100M000100Y4"));
    }

    // Σ ≡ 0 (mod 31) is where "31 − r" gives 31, which must become '0'; an implementation that indexes the
    // alphabet with 31 throws, and one written as (31 − Σ) % 31 on a negative Σ goes wrong.
    [Fact]
    public void ComputeCheckCharacter_WhenWeightedSumIsMultipleOf31_Returns0()
    {
        Assert.Equal('0', CreditCode.ComputeCheckCharacter("9144030019220382Y"));
    }

    [Fact]
    public void Parse_WhenCheckCharacterIs0ForSumMultipleOf31_IsValid()
    {
        // Constructed: Huawei's code with entity type '3'; Σ = 837 = 27 · 31.
        var result = CreditCode.Parse("934403001922038210");

        Assert.True(result.IsValid, result.Problem?.Message);
    }

    [Fact]
    public void ComputeCheckCharacter_WhenRemainderIs1_ReturnsY()
    {
        // 31 − 1 = 30, the last symbol of the set.
        Assert.Equal('Y', CreditCode.ComputeCheckCharacter("91440300192203829"));
    }

    [Fact]
    public void ComputeCheckCharacter_WhenBodyHas16Characters_Throws()
    {
        Assert.Throws<ArgumentException>(() => CreditCode.ComputeCheckCharacter("9144030019220382"));
    }

    [Fact]
    public void ComputeCheckCharacter_WhenBodyHasForbiddenLetter_Throws()
    {
        Assert.Throws<ArgumentException>(() => CreditCode.ComputeCheckCharacter("91440300192203I21"));
    }

    [Fact]
    public void Parse_WhenLowerCase_NormalizesToUpperCase()
    {
        var result = CreditCode.Parse("9144030071526726xg");

        Assert.Equal(TencentTechnology, result.Value.Value);
    }

    [Fact]
    public void Parse_WhenFullWidthDigits_NormalizesToAscii()
    {
        var result = CreditCode.Parse("９１４４０３００１９２２０３８２１６");

        Assert.Equal(Huawei, result.Value.Value);
    }

    [Fact]
    public void Parse_WhenFullWidthLowerCaseLetters_NormalizesToAsciiUpperCase()
    {
        var result = CreditCode.Parse("９１４４０３００７１５２６７２６ｘｇ");

        Assert.Equal(TencentTechnology, result.Value.Value);
    }

    [Theory]
    [InlineData("9144 0300 1922 0382 16")]
    [InlineData(" 914403001922038216 ")]
    [InlineData("91440300\t192203821\n6")]
    [InlineData("914403001922038216\u3000")] // ideographic space typed through a Chinese IME
    [InlineData("9144\u00A003001922038216")] // no-break space pasted from a web page
    public void Parse_WhenWhitespaceEmbedded_IgnoresIt(string text)
    {
        var result = CreditCode.Parse(text);

        Assert.Equal(Huawei, result.Value.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void Parse_WhenNullOrBlank_ReportsEmpty(string? text)
    {
        var result = CreditCode.Parse(text);

        Assert.Equal("CreditCode.Empty", result.Problem?.Key);
    }

    [Theory]
    [InlineData("91440300192203821", 17)]
    [InlineData("9144030019220382166", 19)]
    [InlineData("9", 1)]
    [InlineData("192203821", 9)] // an organization code typed into the credit code field
    public void Parse_WhenLengthIsNot18_ReportsActualLength(string text, int length)
    {
        var result = CreditCode.Parse(text);

        Assert.Equal("CreditCode.Length", result.Problem?.Key);
        Assert.Equal([length], result.Problem!.Arguments);
    }

    // I, O, Z, S and V are left out of GB 32100 because they read like 1, 0, 2, 5 and U.
    [Theory]
    [InlineData('I', 1)]
    [InlineData('O', 2)]
    [InlineData('Z', 9)]
    [InlineData('S', 12)]
    [InlineData('V', 18)]
    [InlineData('I', 3)] // in the region part the set is checked before the digits
    public void Parse_WhenForbiddenLetter_ReportsPositionAndCharacter(char letter, int position)
    {
        var text = string.Concat(Huawei.AsSpan(0, position - 1), letter.ToString(), Huawei.AsSpan(position));

        var result = CreditCode.Parse(text);

        Assert.Equal("CreditCode.InvalidCharacter", result.Problem?.Key);
        Assert.Equal([position, letter.ToString()], result.Problem!.Arguments);
    }

    [Fact]
    public void Parse_WhenPunctuation_ReportsInvalidCharacter()
    {
        var result = CreditCode.Parse("91440300-922038216");

        Assert.Equal([9, "-"], result.Problem?.Arguments);
    }

    [Fact]
    public void Parse_WhenControlCharacter_NamesItByCodePoint()
    {
        var result = CreditCode.Parse("9144030019220382\u00071");

        Assert.Equal([17, "U+0007"], result.Problem?.Arguments);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Parse_WhenLetterInRegionPositions_ReportsRegionNotDigits(int position)
    {
        var text = string.Concat(Huawei.AsSpan(0, position - 1), "A", Huawei.AsSpan(position));

        var result = CreditCode.Parse(text);

        Assert.Equal("CreditCode.RegionNotDigits", result.Problem?.Key);
        Assert.Equal([position, "A"], result.Problem!.Arguments);
    }

    // Huawei with its embedded org check changed from '1' to '2' and C18 recomputed, so only GB 11714 fails.
    [Fact]
    public void Parse_WhenOnlyEmbeddedOrgCheckIsWrong_ReportsOrgCodeCheckCharacter()
    {
        var first17 = "9144030019220382" + "2";
        var text = first17 + ReferenceCheckCharacters.Gb32100(first17);

        var result = CreditCode.Parse(text);

        Assert.Equal("CreditCode.OrgCodeCheckCharacter", result.Problem?.Key);
        Assert.Equal(['2', '1'], result.Problem!.Arguments);
    }

    [Fact]
    public void ParseAllowingCheckOverride_WhenOnlyEmbeddedOrgCheckIsWrong_AcceptsWithCheckCharactersInvalid()
    {
        var first17 = "9144030019220382" + "2";
        var text = first17 + ReferenceCheckCharacters.Gb32100(first17);

        var result = CreditCode.ParseAllowingCheckOverride(text);

        Assert.False(result.Value.CheckCharactersValid);
    }

    [Fact]
    public void OrganizationCode_WhenHuawei_Is192203821()
    {
        var code = CreditCode.Parse(Huawei).GetValueOrThrow();

        Assert.Equal("192203821", code.OrganizationCode.Value);
    }

    [Fact]
    public void OrganizationCodePrinted_WhenHuawei_Is19220382Hyphen1()
    {
        var code = CreditCode.Parse(Huawei).GetValueOrThrow();

        Assert.Equal("19220382-1", code.OrganizationCode.Printed);
    }

    [Fact]
    public void Parts_WhenHuawei_AreDepartmentTypeAndRegion()
    {
        var code = CreditCode.Parse(Huawei).GetValueOrThrow();

        Assert.Equal(('9', '1', "440300"), (code.RegistrationDepartment, code.EntityType, code.IssuingRegion));
    }

    [Theory]
    [InlineData(Huawei, "19220382-1")]
    [InlineData(TencentTechnology, "71526726-X")]
    [InlineData("G1330000MCW06863XQ", "MCW06863X")]
    public void Contains_WhenOrgCodeIsEmbedded_IsTrue(string creditCode, string orgCode)
    {
        var credit = CreditCode.Parse(creditCode).GetValueOrThrow();
        var org = OrgCode.Parse(orgCode).GetValueOrThrow();

        Assert.True(credit.Contains(org));
    }

    [Fact]
    public void Contains_WhenOrgCodeOfAnotherFirm_IsFalse()
    {
        var huawei = CreditCode.Parse(Huawei).GetValueOrThrow();
        var tencent = OrgCode.Parse("71526726-X").GetValueOrThrow();

        Assert.False(huawei.Contains(tencent));
    }

    [Fact]
    public void GetValueOrThrow_WhenInvalid_ThrowsWithProblem()
    {
        var result = CreditCode.Parse("91350100M000100Y4Y");

        var exception = Assert.Throws<CodeFormatException>(() => result.GetValueOrThrow());

        Assert.Same(result.Problem, exception.Problem);
    }

    [Fact]
    public void FromStorage_WhenOverriddenCode_KeepsFlag()
    {
        var code = CreditCode.FromStorage("91350100M0001TGQXM", checkCharactersValid: false);

        Assert.Equal(CreditCode.ParseAllowingCheckOverride("91350100M0001TGQXM").Value, code);
    }

    [Fact]
    public void Alphabet_WhenCompared_IsGb32100SymbolSet()
    {
        Assert.Equal(ReferenceCheckCharacters.Gb32100Symbols, CreditCode.Alphabet);
    }
}
