using Zhixin.Inspection.Sampling;

namespace Zhixin.Tests.Inspection.Sampling;

public sealed class DrawSeedTests
{
    [Theory]
    [InlineData("")]
    [InlineData("e8f2107997c17310fef031b6973c94eb")]
    [InlineData("e8f2107997c17310fef031b6973c94eb5ed5db4cb2e2e570bec192fb0680f860 ")]
    public void Parse_WhenNot64Characters_IsRefusedWithTheLength(string text)
    {
        var problem = Assert.Single(DrawSeed.Parse(text).Problems);

        Assert.Equal(("Sampling.Seed.Length", SamplingSubject.Seed, text.Length), (problem.Text.Key, problem.Subject, problem.Text.Arguments[0]));
    }

    [Fact]
    public void Parse_WhenNotHex_NamesTheCharacter()
    {
        var problem = Assert.Single(DrawSeed.Parse("e8f2107997c17310fef031b6973c94eb5ed5db4cb2e2e570bec192fb0680f86g").Problems);

        Assert.Equal(["Sampling.Seed.NotHex", 64, 'g'], [problem.Text.Key, .. problem.Text.Arguments]);
    }

    [Fact]
    public void Parse_WhenUpperCase_WritesItLowerCase()
    {
        Assert.Equal(DrawPools.GoldenSeed, DrawPools.Seed(DrawPools.GoldenSeed.ToUpperInvariant()).Hex);
    }

    [Fact]
    public void NewRandom_WhenCalled_GivesValidDistinctSeeds()
    {
        var (first, second) = (DrawSeed.NewRandom(), DrawSeed.NewRandom());

        Assert.True(DrawSeed.Parse(first.Hex).IsValid);
        Assert.NotEqual(first, second);
    }
}
