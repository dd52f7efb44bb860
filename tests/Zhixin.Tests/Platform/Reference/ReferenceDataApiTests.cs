using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhixin.Platform;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Platform.Reference;

public sealed class ReferenceDataApiTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task ListRegions_WhenParentIsPingxiang_ReturnsItsCounties()
    {
        var counties = await apps[Engine.Sqlite].Anonymous().GetFromJsonAsync<List<JsonElement>>($"{PlatformRoutes.ApiRegions}?parent=360300", Json, TestContext.Current.CancellationToken);

        Assert.Contains(counties!, c => c.GetProperty("code").GetString() == "360302" && c.GetProperty("fullName").GetString() == "江西省萍乡市安源区");
        Assert.All(counties!, c => Assert.Equal("360300", c.GetProperty("parentCode").GetString()));
    }

    [Fact]
    public async Task ListRegions_WhenParentUnknown_Returns400NamingTheCode()
    {
        var response = await apps[Engine.Sqlite].Anonymous().GetAsync($"{PlatformRoutes.ApiRegions}?parent=359999", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("359999", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ListDepartments_WhenFujian_IncludesTheQualityBureauWithItsShortNames(Engine engine)
    {
        var departments = await apps[engine].Anonymous().GetFromJsonAsync<List<JsonElement>>($"{PlatformRoutes.ApiDepartments}?region=350000", Json, TestContext.Current.CancellationToken);

        var bureau = Assert.Single(departments!, d => d.GetProperty("code").GetString() == "fj.qts");
        Assert.Equal("福建省质量技术监督局", bureau.GetProperty("name").GetString());
        Assert.Contains(bureau.GetProperty("aliases").EnumerateArray(), a => a.GetString() == "省质监局");
    }

    [Fact]
    public async Task ListDepartments_WhenNational_IncludesAqsiqUnderBothShortNames()
    {
        var departments = await apps[Engine.Sqlite].Anonymous().GetFromJsonAsync<List<JsonElement>>($"{PlatformRoutes.ApiDepartments}?region=000000", Json, TestContext.Current.CancellationToken);

        var aqsiq = Assert.Single(departments!, d => d.GetProperty("name").GetString() == "国家质量监督检验检疫总局");
        var aliases = aqsiq.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Contains("质检总局", aliases);
        Assert.Contains("国家质检总局", aliases);
    }
}
