using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhixin.Credit;
using Zhixin.Inspection;
using Zhixin.Inspection.Features.GetDraw;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Inspection.Draws;

namespace Zhixin.Tests.Credit.Supervision;

/// <summary>A region's inspection ratios by risk class weigh its allocation and its draws, and those of the regions below it.</summary>
public sealed class InspectionRatioTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task CityRatios_ApplyToACountyPlan_AndItsDrawWeighsFirmsByThem(Engine engine)
    {
        var app = apps[engine];
        var xiamen = await app.SignInAsync(Roles.Regulator, "350200");
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var set = await xiamen.PutAsJsonAsync(CreditRoutes.Api + "/inspection-ratios/350200", new { a = 2, b = 5, c = 100, d = 100 }, Cancel);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        var inForce = await siming.GetFromJsonAsync<JsonElement>(CreditRoutes.Api + "/inspection-ratios/350203", Cancel);
        var (_, proposal) = await DrawSetup.AllocatedAsync(app, siming, firms: 3, budget: 2, DrawSetup.Cables);
        await DrawSetup.InspectorAsync(siming);
        await DrawSetup.InspectorAsync(siming);
        var published = await DrawSetup.PublishAsync(siming, Assert.Single(proposal.Plan.Allocations).Id);
        var draw = await siming.GetFromJsonAsync<DrawView>(InspectionRoutes.ApiDraw(published.Id), Cancel);

        Assert.Equal(("350200", 2m, 100m), (inForce.GetProperty("inForce").GetProperty("setBy").GetString(), inForce.GetProperty("inForce").GetProperty("a").GetDecimal(), inForce.GetProperty("inForce").GetProperty("d").GetDecimal()));
        Assert.Contains("A 类 2%、B 类 5%、C 类 100%、D 类 100%", proposal.CreditNote, StringComparison.Ordinal);
        Assert.Contains("weight|A|2\n", draw!.PoolListing, StringComparison.Ordinal);
        Assert.Contains("weight|B|5\n", draw.PoolListing, StringComparison.Ordinal);
        Assert.Contains("weight|D|100\n", draw.PoolListing, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Ratios_OutOfRangeOrFallingWithRisk_Are400_AndACountyCannotSetItsCitys(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");

        var outOfRange = await siming.PutAsJsonAsync(CreditRoutes.Api + "/inspection-ratios/350203", new { a = 2, b = 5, c = 100, d = 120 }, Cancel);
        var falling = await siming.PutAsJsonAsync(CreditRoutes.Api + "/inspection-ratios/350203", new { a = 10, b = 5, c = 50, d = 100 }, Cancel);
        var missing = await siming.PutAsJsonAsync(CreditRoutes.Api + "/inspection-ratios/350203", new { a = 1, b = 5, c = 50 }, Cancel);
        var city = await siming.PutAsJsonAsync(CreditRoutes.Api + "/inspection-ratios/350200", new { a = 1, b = 5, c = 50, d = 100 }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Contains("D 类抽查比例须在 0 到 100", await outOfRange.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, falling.StatusCode);
        Assert.Contains("A ≤ B ≤ C ≤ D", await falling.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("\"d\"", await missing.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, city.StatusCode);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
}
