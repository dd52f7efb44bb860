using CsCheck;
using Zhixin.Platform.Codes;

namespace Zhixin.Tests.Platform.Codes;

public sealed class CreditCodePropertyTests
{
    // Parsing is cheap; many iterations reach every position and most symbol pairs.
    private const long Iterations = 5_000;

    /// <summary>The credit check fails on every swap; a letter moved into positions 3–8 is reported before it.</summary>
    private static readonly string[] RejectionsOfSwap = ["CreditCode.CheckCharacter", "CreditCode.RegionNotDigits"];

    /// <summary>What a single position may hold: digits in the region part (3–8), the full set elsewhere.</summary>
    private static string AllowedAt(int index) =>
        index is >= 2 and <= 7 ? ReferenceCheckCharacters.Digits : ReferenceCheckCharacters.Gb32100Symbols;

    [Fact]
    public void Parse_WhenBodyIsRandomAndCheckCharactersComputed_IsValid()
    {
        CodeGenerators.ValidCreditCode.Sample(code =>
        {
            var result = CreditCode.Parse(code);

            Assert.True(result.IsValid, $"{code}: {result.Problem?.Message}");
            Assert.True(result.Value.CheckCharactersValid);
        }, iter: Iterations);
    }

    [Fact]
    public void ComputeCheckCharacter_WhenAnyBody_AgreesWithReference()
    {
        Gen.Char[ReferenceCheckCharacters.Gb32100Symbols].Array[17].Select(chars => new string(chars)).Sample(
            body => Assert.Equal(ReferenceCheckCharacters.Gb32100(body), CreditCode.ComputeCheckCharacter(body)),
            iter: Iterations);
    }

    // Any single substitution changes Σ by (a − b)·Wi with 0 < |a − b| < 31 and Wi = 3^(i−1) ≢ 0; 31 is prime,
    // so the product is never ≡ 0 (mod 31) and C18 always catches it. (C18 itself counts with weight 1.) That
    // is why the problem is always the credit check, even when the substitution is in the org code part.
    [Fact]
    public void Parse_WhenOneCharacterSubstituted_ReportsCreditCheckCharacter()
    {
        (from code in CodeGenerators.ValidCreditCode
         from index in Gen.Int[0, CreditCode.Length - 1]
         from shift in Gen.Int[1, AllowedAt(index).Length - 1]
         select CodeGenerators.Substitute(code, index, AllowedAt(index), shift))
        .Sample(changed =>
        {
            var result = CreditCode.Parse(changed);

            Assert.Equal("CreditCode.CheckCharacter", result.Problem?.Key);
        }, iter: Iterations);
    }

    // Swapping different neighbours at i, i+1 changes Σ by (a − b)(Wi − Wi+1). For i < 17, Wi+1 = 3·Wi, so the
    // factor is −2·Wi ≢ 0 (mod 31); for the pair C17/C18 the weights are 28 and 1, factor 27 ≢ 0. Hence every
    // adjacent transposition of different characters fails the credit check. A swap that carries a letter
    // into the region part is reported as such first; either way the code is rejected.
    [Fact]
    public void Parse_WhenAdjacentDifferentCharactersSwapped_IsInvalid()
    {
        (from code in CodeGenerators.ValidCreditCode
         from index in Gen.Int[0, CreditCode.Length - 2]
         where code[index] != code[index + 1]
         select CodeGenerators.SwapWithNext(code, index))
        .Sample(swapped =>
        {
            var result = CreditCode.Parse(swapped);

            Assert.Contains(result.Problem?.Key, RejectionsOfSwap);
        }, iter: Iterations);
    }

    // The same claim over every position and every pair of symbols, independent of sampling: whether a swap at
    // i changes C18 depends only on the two symbols and their weights, not on the rest of the body.
    [Fact]
    public void ComputeCheckCharacter_WhenAnyTwoNeighboursInBodySwapped_Changes()
    {
        const string symbols = ReferenceCheckCharacters.Gb32100Symbols;
        var undetected = 0;
        for (var index = 0; index < CreditCode.Length - 2; index++)
        {
            foreach (var a in symbols)
            {
                foreach (var b in symbols.Where(b => b != a))
                {
                    var body = new string('0', index) + a + b + new string('0', CreditCode.Length - 3 - index);
                    if (CreditCode.ComputeCheckCharacter(body) == CreditCode.ComputeCheckCharacter(CodeGenerators.SwapWithNext(body, index)))
                    {
                        undetected++;
                    }
                }
            }
        }

        Assert.Equal(0, undetected);
    }

    [Fact]
    public void Parse_WhenCheckCharacterWrong_NamesExpectedCharacterThatMakesCodeValid()
    {
        (from code in CodeGenerators.ValidCreditCode
         from shift in Gen.Int[1, 30]
         select (code, wrong: CodeGenerators.Substitute(code, CreditCode.Length - 1, ReferenceCheckCharacters.Gb32100Symbols, shift)))
        .Sample((code, wrong) =>
        {
            var problem = CreditCode.Parse(wrong).Problem;
            Assert.NotNull(problem);
            Assert.Equal("CreditCode.CheckCharacter", problem.Key);
            var expected = Assert.IsType<char>(problem.Arguments[1]);

            var corrected = wrong[..^1] + expected;

            Assert.True(CreditCode.Parse(corrected).IsValid);
            Assert.Equal(code, corrected);
        }, iter: Iterations);
    }

    [Fact]
    public void ParseAllowingCheckOverride_WhenCheckCharacterWrong_AcceptsWithCheckCharactersInvalid()
    {
        (from code in CodeGenerators.ValidCreditCode
         from shift in Gen.Int[1, 30]
         select CodeGenerators.Substitute(code, CreditCode.Length - 1, ReferenceCheckCharacters.Gb32100Symbols, shift))
        .Sample(wrong =>
        {
            var result = CreditCode.ParseAllowingCheckOverride(wrong);

            Assert.True(result.IsValid);
            Assert.False(result.Value.CheckCharactersValid);
        }, iter: Iterations);
    }

    [Fact]
    public void Parse_WhenValidCodeInLowerCaseFullWidthWithSpaces_NormalizesToSameValue()
    {
        CodeGenerators.ValidCreditCode.Sample(code =>
        {
            var typed = CodeGenerators.ToFullWidth(code.ToLowerInvariant()).Insert(6, " ").Insert(13, "\u3000");

            Assert.Equal(code, CreditCode.Parse(typed).Value.Value);
        }, iter: Iterations);
    }

    [Fact]
    public void Contains_WhenOrgCodeTakenFromPositions9To17_IsTrue()
    {
        CodeGenerators.ValidCreditCode.Sample(code =>
        {
            var credit = CreditCode.Parse(code).GetValueOrThrow();
            var org = OrgCode.Parse(code.Substring(8, 9)).GetValueOrThrow();

            Assert.True(credit.Contains(org));
        }, iter: Iterations);
    }
}
