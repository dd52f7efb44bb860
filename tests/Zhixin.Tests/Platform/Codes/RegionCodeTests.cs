using CsCheck;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Regions;

namespace Zhixin.Tests.Platform.Codes;

public sealed class RegionCodeTests
{
    [Fact]
    public void Parse_WhenCountyCode_FindsRegion()
    {
        var result = RegionCode.Parse("360302");

        Assert.Equal("安源区", result.Value.Region.Name);
    }

    [Fact]
    public void Parse_WhenFullWidthDigits_Normalizes()
    {
        var result = RegionCode.Parse("３６０３０２");

        Assert.Equal("360302", result.Value.Value);
    }

    [Theory]
    [InlineData("360000", RegionLevel.Province)]
    [InlineData("360300", RegionLevel.City)]
    [InlineData("360302", RegionLevel.County)]
    public void Level_WhenParsed_FollowsTrailingZeros(string code, RegionLevel level)
    {
        Assert.Equal(level, RegionCode.Parse(code).Value.Level);
    }

    // 350199 has the shape of a Fuzhou district but no such district exists; 990000 is no province.
    [Theory]
    [InlineData("350199")]
    [InlineData("990000")]
    [InlineData("000000")]
    public void Parse_WhenWellFormedButNotInTable_ReportsUnknown(string code)
    {
        var result = RegionCode.Parse(code);

        Assert.Equal("RegionCode.Unknown", result.Problem?.Key);
        Assert.Equal([code], result.Problem!.Arguments);
    }

    [Theory]
    [InlineData("36030", 5)]
    [InlineData("3603021", 7)]
    public void Parse_WhenLengthIsNot6_ReportsActualLength(string text, int length)
    {
        var result = RegionCode.Parse(text);

        Assert.Equal("RegionCode.Length", result.Problem?.Key);
        Assert.Equal([length], result.Problem!.Arguments);
    }

    [Fact]
    public void Parse_WhenLetter_ReportsPositionAndCharacter()
    {
        var result = RegionCode.Parse("3603O2");

        Assert.Equal("RegionCode.InvalidCharacter", result.Problem?.Key);
        Assert.Equal([5, "O"], result.Problem!.Arguments);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Parse_WhenNullOrEmpty_ReportsEmpty(string? text)
    {
        Assert.Equal("RegionCode.Empty", RegionCode.Parse(text).Problem?.Key);
    }

    [Theory]
    [InlineData("360000", "360302")] // province contains its county
    [InlineData("360300", "360302")] // city contains its county
    [InlineData("360302", "360302")] // a region contains itself
    [InlineData("120000", "120101")] // through the 市辖区 placeholder
    public void Contains_WhenOtherLiesInside_IsTrue(string outer, string inner)
    {
        var container = RegionCode.Parse(outer).GetValueOrThrow();

        Assert.True(container.Contains(RegionCode.Parse(inner).GetValueOrThrow()));
    }

    [Theory]
    [InlineData("360302", "360300")] // a county does not contain its city
    [InlineData("120000", "360302")] // Tianjin does not contain a Jiangxi county
    [InlineData("360302", "360313")] // sibling districts of 萍乡市
    public void Contains_WhenOtherLiesOutside_IsFalse(string outer, string inner)
    {
        var container = RegionCode.Parse(outer).GetValueOrThrow();

        Assert.False(container.Contains(RegionCode.Parse(inner).GetValueOrThrow()));
    }

    // Six digits parse exactly when the table knows them. Random digits almost never hit a real code, so
    // half the samples are drawn from the table itself.
    [Fact]
    public void Parse_WhenAnySixDigits_IsValidExactlyWhenTableHasCode()
    {
        var known = RegionTable.Default.All.Select(r => r.Code).ToArray();
        var codes = Gen.OneOf(
            Gen.Char['0', '9'].Array[6].Select(chars => new string(chars)),
            Gen.Int[0, known.Length - 1].Select(i => known[i]));

        codes.Sample(
            code => Assert.Equal(RegionTable.Default.Find(code) is not null, RegionCode.Parse(code).IsValid),
            iter: 5_000);
    }
}
