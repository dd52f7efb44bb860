using CsCheck;
using Zhixin.Platform.Codes;

namespace Zhixin.Tests.Platform.Codes;

public sealed class OrgCodeTests
{
    private const long Iterations = 5_000;

    [Theory]
    [InlineData("19220382-1")]
    [InlineData("192203821")]
    public void Parse_WhenHuaweiWithOrWithoutHyphen_StoresNineCharacters(string text)
    {
        var result = OrgCode.Parse(text);

        Assert.Equal("192203821", result.Value.Value);
    }

    [Fact]
    public void Printed_WhenParsedWithoutHyphen_InsertsHyphenBeforeCheck()
    {
        var code = OrgCode.Parse("192203821").GetValueOrThrow();

        Assert.Equal("19220382-1", code.Printed);
    }

    [Theory]
    [InlineData("１９２２０３８２－１")] // full-width digits and hyphen from an IME
    [InlineData("1922 0382 - 1")]
    [InlineData("71526726-x")]
    public void Parse_WhenTypedLoosely_Normalizes(string text)
    {
        var result = OrgCode.Parse(text);

        Assert.True(result.IsValid, result.Problem?.Message);
    }

    // Σ mod 11 = 1 gives 11 − 1 = 10, written 'X'. Tencent's is real, MCW06863 is from a foreign NGO office's
    // credit code, 19220383 is constructed from Huawei's body.
    [Theory]
    [InlineData("71526726")]
    [InlineData("MCW06863")]
    [InlineData("19220383")]
    public void ComputeCheckCharacter_WhenRemainderGivesTen_ReturnsX(string body)
    {
        Assert.Equal('X', OrgCode.ComputeCheckCharacter(body));
    }

    // Σ mod 11 = 0 gives 11 − 0 = 11, written '0'. Constructed: 19220388 has Σ = 176 = 16 · 11.
    [Theory]
    [InlineData("19220388")]
    [InlineData("00000000")]
    public void ComputeCheckCharacter_WhenRemainderGivesEleven_Returns0(string body)
    {
        Assert.Equal('0', OrgCode.ComputeCheckCharacter(body));
    }

    // Huawei: Σ = 164, 164 mod 11 = 10, 11 − 10 = 1. The remainder 10 must not be confused with the result 10.
    [Fact]
    public void ComputeCheckCharacter_WhenRemainderIsTen_Returns1()
    {
        Assert.Equal('1', OrgCode.ComputeCheckCharacter("19220382"));
    }

    [Theory]
    [InlineData("71526726-X")]
    [InlineData("19220383-X")]
    [InlineData("19220388-0")]
    public void Parse_WhenCheckIsXOr0FromEdgeRemainders_IsValid(string text)
    {
        var result = OrgCode.Parse(text);

        Assert.True(result.IsValid, result.Problem?.Message);
    }

    [Fact]
    public void Parse_WhenLettersInBody_ValuesThemFromTenUp()
    {
        // From the credit code G1330000MCW06863XQ; M = 22, C = 12, W = 32 under GB 11714.
        var result = OrgCode.Parse("MCW06863-X");

        Assert.True(result.IsValid, result.Problem?.Message);
    }

    [Fact]
    public void Parse_WhenCheckCharacterWrong_ReportsActualAndExpected()
    {
        var result = OrgCode.Parse("19220382-2");

        Assert.Equal("OrgCode.CheckCharacter", result.Problem?.Key);
        Assert.Equal(['2', '1'], result.Problem!.Arguments);
    }

    [Fact]
    public void Parse_WhenCheckCharacterIsLetterOtherThanX_ReportsInvalidCheckCharacter()
    {
        var result = OrgCode.Parse("19220382-A");

        Assert.Equal("OrgCode.InvalidCheckCharacter", result.Problem?.Key);
        Assert.Equal(["A"], result.Problem!.Arguments);
    }

    [Fact]
    public void Parse_WhenBodyHasPunctuation_ReportsPositionAndCharacter()
    {
        var result = OrgCode.Parse("1922*382-1");

        Assert.Equal("OrgCode.InvalidCharacter", result.Problem?.Key);
        Assert.Equal([5, "*"], result.Problem!.Arguments);
    }

    [Theory]
    [InlineData("19220382", 8)]
    [InlineData("1922038211", 10)]
    [InlineData("1922-03821", 10)] // a hyphen anywhere but before the check is not the printed form
    [InlineData("914403001922038216", 18)] // a credit code typed into the organization code field
    public void Parse_WhenLengthIsNot9_ReportsActualLength(string text, int length)
    {
        var result = OrgCode.Parse(text);

        Assert.Equal("OrgCode.Length", result.Problem?.Key);
        Assert.Equal([length], result.Problem!.Arguments);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Parse_WhenNullOrBlank_ReportsEmpty(string? text)
    {
        var result = OrgCode.Parse(text);

        Assert.Equal("OrgCode.Empty", result.Problem?.Key);
    }

    [Fact]
    public void ComputeCheckCharacter_WhenBodyHasSevenCharacters_Throws()
    {
        Assert.Throws<ArgumentException>(() => OrgCode.ComputeCheckCharacter("1922038"));
    }

    [Fact]
    public void Parse_WhenBodyIsRandomAndCheckComputed_IsValid()
    {
        CodeGenerators.ValidOrgCode.Sample(code =>
        {
            var result = OrgCode.Parse(code);

            Assert.True(result.IsValid, $"{code}: {result.Problem?.Message}");
        }, iter: Iterations);
    }

    [Fact]
    public void ComputeCheckCharacter_WhenAnyBody_AgreesWithReference()
    {
        CodeGenerators.Gb11714BodySymbol.Array[8].Select(chars => new string(chars)).Sample(
            body => Assert.Equal(ReferenceCheckCharacters.Gb11714(body), OrgCode.ComputeCheckCharacter(body)),
            iter: Iterations);
    }

    [Fact]
    public void Parse_WhenRandomCodeWrittenWithHyphen_EqualsUnhyphenated()
    {
        CodeGenerators.ValidOrgCode.Sample(code =>
        {
            var printed = OrgCode.Parse(code).GetValueOrThrow().Printed;

            Assert.Equal(OrgCode.Parse(code).Value, OrgCode.Parse(printed).Value);
        }, iter: Iterations);
    }

    // Among digits a substitution changes Σ by (a − b)·Wi with 0 < |a − b| < 11 and 0 < Wi < 11; 11 is prime,
    // so it is always caught.
    [Fact]
    public void Parse_WhenOneDigitOfDigitBodySubstitutedByDigit_IsInvalid()
    {
        (from code in CodeGenerators.ValidOrgCodeWithDigitBody
         from index in Gen.Int[0, 7]
         from shift in Gen.Int[1, 9]
         select CodeGenerators.Substitute(code, index, ReferenceCheckCharacters.Digits, shift))
        .Sample(changed => Assert.Equal("OrgCode.CheckCharacter", OrgCode.Parse(changed).Problem?.Key), iter: Iterations);
    }

    [Fact]
    public void Parse_WhenCheckCharacterSubstituted_IsInvalid()
    {
        (from code in CodeGenerators.ValidOrgCode
         from shift in Gen.Int[1, 10]
         select CodeGenerators.Substitute(code, 8, ReferenceCheckCharacters.Gb11714CheckSymbols, shift))
        .Sample(changed => Assert.Equal("OrgCode.CheckCharacter", OrgCode.Parse(changed).Problem?.Key), iter: Iterations);
    }

    // The limit of GB 11714, documented rather than hidden: letters take values up to 35, so two body
    // characters whose values differ by 11 or 22 (0/B/M/X, 1/C/N/Y, …) weigh the same mod 11 and swapping one
    // for the other goes unnoticed. Letter bodies are therefore not protected against every substitution.
    [Fact]
    public void Parse_WhenBodyCharacterReplacedByOneElevenApart_StaysValid()
    {
        const string symbols = ReferenceCheckCharacters.Gb11714BodySymbols;
        (from code in CodeGenerators.ValidOrgCode
         from index in Gen.Int[0, 7]
         let value = symbols.IndexOf(code[index], StringComparison.Ordinal)
         from step in Gen.OneOf(-22, -11, 11, 22)
         where value + step is >= 0 and < 36
         select string.Concat(code.AsSpan(0, index), symbols[value + step].ToString(), code.AsSpan(index + 1)))
        .Sample(changed => Assert.True(OrgCode.Parse(changed).IsValid), iter: Iterations);
    }

    [Fact]
    public void Parse_WhenCheckCharacterWrong_NamesExpectedCharacterThatMakesCodeValid()
    {
        (from code in CodeGenerators.ValidOrgCode
         from shift in Gen.Int[1, 10]
         select (code, wrong: CodeGenerators.Substitute(code, 8, ReferenceCheckCharacters.Gb11714CheckSymbols, shift)))
        .Sample((code, wrong) =>
        {
            var problem = OrgCode.Parse(wrong).Problem;
            Assert.NotNull(problem);
            var expected = Assert.IsType<char>(problem.Arguments[1]);

            var corrected = wrong[..8] + expected;

            Assert.True(OrgCode.Parse(corrected).IsValid);
            Assert.Equal(code, corrected);
        }, iter: Iterations);
    }
}
