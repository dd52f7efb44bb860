using Zhixin.Plans.Import.Matching;
using Zhixin.Platform.Departments;

namespace Zhixin.Tests.Plans.Parsing;

public sealed class DepartmentMatcherTests
{
    private static readonly DepartmentMatcher Matcher = new(ShippedDepartments.All);

    [Theory]
    [InlineData("省质监局", "350000", "fj.qts")]
    [InlineData("省质监局", "410000", "ha.qts")]
    [InlineData("国家质检总局", "350000", "cn.aqsiq")]
    [InlineData("教育厅", "350000", "fj.education")]
    [InlineData("市質監局", "120000", "tj.qts")]
    [InlineData("市质监局", "120000", "tj.qts")]
    [InlineData("萍鄉(xiāng)市人民政府", "360300", "jx-px.government")]
    [InlineData("省政府", "360300", "jx.government")]
    [InlineData("各市、县（区）人民政府", "350000", "fj.city-county-governments")]
    public void Match_WhenNameAsWritten_FindsRecordInJurisdictionOrParent(string name, string jurisdiction, string code)
    {
        Assert.Equal(code, Matcher.Match(name, jurisdiction)?.Code);
    }

    [Fact]
    public void Match_WhenUnknownBody_ReturnsNull()
    {
        Assert.Null(Matcher.Match("火星质量局", "350000"));
    }
}
