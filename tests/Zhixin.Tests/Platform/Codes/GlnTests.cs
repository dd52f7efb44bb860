using CsCheck;
using Zhixin.Platform.Codes;

namespace Zhixin.Tests.Platform.Codes;

public sealed class GlnTests
{
    private const long Iterations = 5_000;

    [Fact]
    public void Parse_WhenThirteenDigitsWithRightCheck_IsValid()
    {
        // Check digit recomputed by hand: 690123456789 gives 2.
        var result = Gln.Parse("6901234567892");

        Assert.Equal("6901234567892", result.Value.Value);
    }

    // A GLN is always 13 digits; unlike a GTIN it is not padded, so GTIN-14 or GTIN-8 lengths are refused.
    [Theory]
    [InlineData("06901234567892", 14)]
    [InlineData("96385074", 8)]
    [InlineData("036000291452", 12)]
    public void Parse_WhenLengthIsNot13_ReportsActualLength(string text, int length)
    {
        var result = Gln.Parse(text);

        Assert.Equal("Gln.Length", result.Problem?.Key);
        Assert.Equal([length], result.Problem!.Arguments);
    }

    [Fact]
    public void Parse_WhenCheckDigitWrong_ReportsActualAndExpected()
    {
        var result = Gln.Parse("6901234567890");

        Assert.Equal("Gln.CheckDigit", result.Problem?.Key);
        Assert.Equal(['0', '2'], result.Problem!.Arguments);
    }

    [Fact]
    public void Parse_WhenLetter_ReportsPositionAndCharacter()
    {
        var result = Gln.Parse("690123456789A");

        Assert.Equal([13, "A"], result.Problem?.Arguments);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Parse_WhenNullOrEmpty_ReportsEmpty(string? text)
    {
        Assert.Equal("Gln.Empty", Gln.Parse(text).Problem?.Key);
    }

    [Fact]
    public void Parse_WhenRandomBodyWithComputedCheck_IsValid()
    {
        CodeGenerators.ValidGs1Key(13).Sample(code =>
        {
            var result = Gln.Parse(code);

            Assert.True(result.IsValid, $"{code}: {result.Problem?.Message}");
            Assert.Equal(code, result.Value.Value);
        }, iter: Iterations);
    }

    [Fact]
    public void Parse_WhenOneDigitSubstituted_IsInvalid()
    {
        (from code in CodeGenerators.ValidGs1Key(13)
         from index in Gen.Int[0, 12]
         from shift in Gen.Int[1, 9]
         select CodeGenerators.Substitute(code, index, ReferenceCheckCharacters.Digits, shift))
        .Sample(changed => Assert.Equal("Gln.CheckDigit", Gln.Parse(changed).Problem?.Key), iter: Iterations);
    }

    [Fact]
    public void Parse_WhenCheckDigitWrong_NamesExpectedDigitThatMakesCodeValid()
    {
        (from code in CodeGenerators.ValidGs1Key(13)
         from shift in Gen.Int[1, 9]
         select (code, wrong: CodeGenerators.Substitute(code, 12, ReferenceCheckCharacters.Digits, shift)))
        .Sample((code, wrong) =>
        {
            var problem = Gln.Parse(wrong).Problem;
            Assert.NotNull(problem);
            var expected = Assert.IsType<char>(problem.Arguments[1]);

            var corrected = wrong[..^1] + expected;

            Assert.Equal(code, corrected);
            Assert.True(Gln.Parse(corrected).IsValid);
        }, iter: Iterations);
    }
}
