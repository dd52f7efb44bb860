using CsCheck;
using Zhixin.Platform.Codes;

namespace Zhixin.Tests.Platform.Codes;

public sealed class Gs1CheckDigitTests
{
    private const long Iterations = 5_000;

    // Vectors whose check digits were recomputed by hand from the rule (3, 1, 3, … from the right):
    // 6901234567892 is the example in Gtin's documentation; 6291041500213 is GS1's worked example for
    // calculating a check digit; 036000291452 is the usual UPC-A illustration; 96385074 an EAN-8.
    [Theory]
    [InlineData("690123456789", '2')]
    [InlineData("629104150021", '3')]
    [InlineData("03600029145", '2')]
    [InlineData("9638507", '4')]
    [InlineData("1001234567890", '2')]
    [InlineData("501234567890", '0')] // Σ a multiple of ten: check 0, not 10
    public void Compute_WhenKnownVector_ReturnsItsCheckDigit(string body, char check)
    {
        Assert.Equal(check, Gs1CheckDigit.Compute(body));
    }

    [Fact]
    public void Compute_WhenAnyDigits_AgreesWithReference()
    {
        Gen.Char['0', '9'].Array[1, 17].Select(chars => new string(chars)).Sample(
            body => Assert.Equal(ReferenceCheckCharacters.Gs1(body), Gs1CheckDigit.Compute(body)),
            iter: Iterations);
    }

    // Weights count from the right, so leading zeros (GTIN-8/12/13 written as GTIN-14) never change the digit.
    [Fact]
    public void Compute_WhenLeadingZerosAdded_IsUnchanged()
    {
        Gen.Select(Gen.Char['0', '9'].Array[1, 12], Gen.Int[0, 6]).Sample((chars, zeros) =>
        {
            var body = new string(chars);

            Assert.Equal(Gs1CheckDigit.Compute(body), Gs1CheckDigit.Compute(new string('0', zeros) + body));
        }, iter: Iterations);
    }

    [Fact]
    public void Compute_WhenNonDigit_Throws()
    {
        Assert.Throws<ArgumentException>(() => Gs1CheckDigit.Compute("69012345678A"));
    }
}
