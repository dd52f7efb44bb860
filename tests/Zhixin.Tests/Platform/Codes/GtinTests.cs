using CsCheck;
using Zhixin.Platform.Codes;

namespace Zhixin.Tests.Platform.Codes;

public sealed class GtinTests
{
    private const long Iterations = 5_000;

    private static readonly int[] GtinLengths = [8, 12, 13, 14];

    [Theory]
    [InlineData("6901234567892", "06901234567892")] // EAN-13, GS1 China prefix 690
    [InlineData("06901234567892", "06901234567892")] // the same as GTIN-14
    [InlineData("6291041500213", "06291041500213")] // GS1's check digit example
    [InlineData("036000291452", "00036000291452")] // UPC-A (GTIN-12)
    [InlineData("96385074", "00000096385074")] // EAN-8
    [InlineData("10012345678902", "10012345678902")] // GTIN-14 with packaging indicator 1
    public void Parse_WhenValidInAnyLength_StoresFourteenDigits(string text, string value)
    {
        var result = Gtin.Parse(text);

        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(value, result.Value.Value);
    }

    [Fact]
    public void Equals_WhenEan13AndItsGtin14_AreEqual()
    {
        Assert.Equal(Gtin.Parse("6901234567892").Value, Gtin.Parse("06901234567892").Value);
    }

    [Fact]
    public void Equals_WhenPackagingIndicatorDiffers_AreDifferent()
    {
        // A case of items (indicator 1) is a different trade item from the item itself.
        Assert.NotEqual(Gtin.Parse("00012345678905").Value, Gtin.Parse("10012345678902").Value);
    }

    [Theory]
    [InlineData("6901234567892", "6901234567892")]
    [InlineData("06901234567892", "6901234567892")]
    [InlineData("10012345678902", "10012345678902")]
    public void Display_WhenParsed_DropsOneLeadingZero(string text, string display)
    {
        Assert.Equal(display, Gtin.Parse(text).Value.Display);
    }

    [Fact]
    public void Parse_WhenFullWidthWithSpaces_Normalizes()
    {
        var result = Gtin.Parse("６ ９０１２３４ ５６７８９２");

        Assert.Equal("06901234567892", result.Value.Value);
    }

    [Fact]
    public void Parse_WhenCheckDigitWrong_ReportsActualAndExpected()
    {
        var result = Gtin.Parse("6901234567893");

        Assert.Equal("Gtin.CheckDigit", result.Problem?.Key);
        Assert.Equal(['3', '2'], result.Problem!.Arguments);
    }

    [Theory]
    [InlineData("6901234", 7)]
    [InlineData("690123456", 9)]
    [InlineData("6901234567", 10)]
    [InlineData("69012345678", 11)]
    [InlineData("690123456789212", 15)]
    public void Parse_WhenLengthIsNotAGtinLength_ReportsActualLength(string text, int length)
    {
        var result = Gtin.Parse(text);

        Assert.Equal("Gtin.Length", result.Problem?.Key);
        Assert.Equal([length], result.Problem!.Arguments);
    }

    [Fact]
    public void Parse_WhenLetter_ReportsPositionAndCharacter()
    {
        var result = Gtin.Parse("69012345678X2");

        Assert.Equal("Gtin.InvalidCharacter", result.Problem?.Key);
        Assert.Equal([12, "X"], result.Problem!.Arguments);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Parse_WhenNullOrBlank_ReportsEmpty(string? text)
    {
        Assert.Equal("Gtin.Empty", Gtin.Parse(text).Problem?.Key);
    }

    [Fact]
    public void Parse_WhenRandomBodyOfAnyGtinLengthWithComputedCheck_IsValid()
    {
        CodeGenerators.ValidGtin.Sample(code =>
        {
            var result = Gtin.Parse(code);

            Assert.True(result.IsValid, $"{code}: {result.Problem?.Message}");
        }, iter: Iterations);
    }

    [Fact]
    public void Parse_WhenValid_ValueIsInputLeftPaddedToFourteen()
    {
        CodeGenerators.ValidGtin.Sample(
            code => Assert.Equal(code.PadLeft(14, '0'), Gtin.Parse(code).Value.Value),
            iter: Iterations);
    }

    // A GTIN-8 written as GTIN-12, -13 and -14 is the same product.
    [Fact]
    public void Equals_WhenSameGtinWrittenInEachLength_AreEqual()
    {
        CodeGenerators.ValidGs1Key(8).Sample(gtin8 =>
        {
            var forms = GtinLengths.Select(length => Gtin.Parse(gtin8.PadLeft(length, '0')).GetValueOrThrow());

            Assert.Single(forms.Distinct());
        }, iter: Iterations);
    }

    // GS1 weights 1 and 3 are both prime to 10, so any single wrong digit changes the sum mod 10.
    [Fact]
    public void Parse_WhenOneDigitSubstituted_IsInvalid()
    {
        (from code in CodeGenerators.ValidGtin
         from index in Gen.Int[0, code.Length - 1]
         from shift in Gen.Int[1, 9]
         select CodeGenerators.Substitute(code, index, ReferenceCheckCharacters.Digits, shift))
        .Sample(changed => Assert.Equal("Gtin.CheckDigit", Gtin.Parse(changed).Problem?.Key), iter: Iterations);
    }

    // Swapping neighbours a ≠ b changes the sum by ±2(a − b), ≡ 0 mod 10 exactly when |a − b| = 5: GS1 misses
    // transpositions such as 0↔5 and 1↔6 and catches all others.
    [Fact]
    public void Parse_WhenAdjacentDigitsSwapped_IsInvalidUnlessTheyDifferByFive()
    {
        (from code in CodeGenerators.ValidGtin
         from index in Gen.Int[0, code.Length - 2]
         where code[index] != code[index + 1]
         select (difference: Math.Abs(code[index] - code[index + 1]), swapped: CodeGenerators.SwapWithNext(code, index)))
        .Sample((difference, swapped) => Assert.Equal(difference == 5, Gtin.Parse(swapped).IsValid), iter: Iterations);
    }

    [Fact]
    public void Parse_WhenCheckDigitWrong_NamesExpectedDigitThatMakesCodeValid()
    {
        (from code in CodeGenerators.ValidGtin
         from shift in Gen.Int[1, 9]
         select (code, wrong: CodeGenerators.Substitute(code, code.Length - 1, ReferenceCheckCharacters.Digits, shift)))
        .Sample((code, wrong) =>
        {
            var problem = Gtin.Parse(wrong).Problem;
            Assert.NotNull(problem);
            var expected = Assert.IsType<char>(problem.Arguments[1]);

            var corrected = wrong[..^1] + expected;

            Assert.Equal(code, corrected);
            Assert.True(Gtin.Parse(corrected).IsValid);
        }, iter: Iterations);
    }
}
