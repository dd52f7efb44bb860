using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Zhixin.Inspection;
using Zhixin.Inspection.Features;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Inspection.Api;
using Zhixin.Tests.Platform.Pages;

namespace Zhixin.Tests.Inspection.NetContent.Api;

/// <summary>The net-content list, the new-check form with its 试算, and the detail page with every step of the calculation.</summary>
public sealed class NetContentPagesTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task NetContentList_WhenSearchedByFirm_ShowsTheCheckWithItsVerdict(Engine engine)
    {
        var (siming, firm, check) = await StoredAsync(apps[engine], NetContentApiTests.FailingLot);

        var html = await siming.PageAsync($"{InspectionRoutes.NetContent}?q={firm}");

        Assert.Contains(InspectionRoutes.NetContentCheck(check.Summary.Id), html, StringComparison.Ordinal);
        Assert.Contains("东北大米", html, StringComparison.Ordinal);
        Assert.Contains("badge bad\">不合格", html, StringComparison.Ordinal);
        Assert.Contains(InspectionRoutes.NewNetContentCheck, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task NetContentDetails_WhenOpened_ShowsEveryStepAndTheChart(Engine engine)
    {
        var (siming, _, check) = await StoredAsync(apps[engine], NetContentApiTests.FailingLot);

        var html = await siming.PageAsync(InspectionRoutes.NetContentCheck(check.Summary.Id));

        foreach (var step in new[]
        {
            "jjf1070-2023", "N = 30", "n = 10", "λ = 1.028", "300 &lt; Qn ≤ 500 g: T = 3 %", "T = 15 g", "T1 = Qn − T = 485 g", "T2 = Qn − 2T = 470 g",
            "id=\"units\"", "q̄ = 496 g", "498.9164", "id=\"verdict\">不合格", "data-chart=", "echarts.min.js",
        })
        {
            Assert.Contains(step, html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task NetContentDetails_WhenAUnitIsShortBeyondT_HighlightsIt(Engine engine)
    {
        decimal[] lot = [.. NetContentApiTests.PassingLot];
        lot[4] = 480m; // short by 20 g, between T = 15 g and 2T = 30 g
        var (siming, _, check) = await StoredAsync(apps[engine], lot);

        var html = await siming.PageAsync(InspectionRoutes.NetContentCheck(check.Summary.Id));

        Assert.Contains("class=\"short\"", html, StringComparison.Ordinal);
        Assert.Contains("badge warn\">短缺大于 T", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task NewCheck_WhenTried_ShowsTheCalculationAndStoresNothing(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestInspection.FirmAsync(siming);

        var response = await siming.SubmitAsync(InspectionRoutes.NewNetContentCheck, Fields(firm, NetContentApiTests.FailingLot),
            InspectionRoutes.NewNetContentCheck + "?handler=Trial");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.BodyAsync();
        Assert.Contains("id=\"calculation\"", html, StringComparison.Ordinal);
        Assert.Contains("q̄ = 496 g", html, StringComparison.Ordinal);
        var stored = await siming.GetFromJsonAsync<Zhixin.Platform.Web.Page<NetContentCheckSummary>>($"{InspectionRoutes.ApiNetContent}?q={firm}", Cancel);
        Assert.Equal(0, stored!.Total);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task NewCheck_WhenSaved_StoresTheCheckAndOpensIt(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestInspection.FirmAsync(siming);

        var response = await siming.SubmitAsync(InspectionRoutes.NewNetContentCheck, Fields(firm, NetContentApiTests.PassingLot));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await siming.GetFromJsonAsync<Zhixin.Platform.Web.Page<NetContentCheckSummary>>($"{InspectionRoutes.ApiNetContent}?q={firm}", Cancel);
        var check = Assert.Single(stored!.Items);
        Assert.Equal(InspectionRoutes.NetContentCheck(check.Id), response.Headers.Location!.OriginalString);
        Assert.Equal(Zhixin.Inspection.Domain.Verdict.Pass, check.Verdict);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task NewCheck_WhenALineIsNotANumberOrAValueIsRefused_NamesTheLines(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestInspection.FirmAsync(siming);
        var notANumber = Fields(firm, NetContentApiTests.PassingLot);
        notANumber["Input.Measurements"] = "# 批次 A\n500\n49,5\n";
        var refused = Fields(firm, NetContentApiTests.PassingLot);
        refused["Input.Measurements"] = "# 批次 A\n\n" + string.Join('\n', NetContentApiTests.PassingLot[..3].Select(m => m.ToString(CultureInfo.InvariantCulture))) + "\n-500\n"
            + string.Join('\n', NetContentApiTests.PassingLot[4..].Select(m => m.ToString(CultureInfo.InvariantCulture)));

        var bad = await siming.SubmitAsync(InspectionRoutes.NewNetContentCheck, notANumber);
        var negative = await siming.SubmitAsync(InspectionRoutes.NewNetContentCheck, refused);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("第 3 行“49,5”不是数字", await bad.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("第 6 行：", await negative.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task NewCheck_WhenTheFirmIsMissing_ReRendersWithTheMessage(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var fields = Fields("", NetContentApiTests.PassingLot);

        var response = await siming.SubmitAsync(InspectionRoutes.NewNetContentCheck, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("被抽样单位统一社会信用代码不能为空", await response.BodyAsync(), StringComparison.Ordinal);
    }

    private static async Task<(HttpClient Siming, string Firm, NetContentCheckDetail Check)> StoredAsync(ZhixinApp app, decimal[] lot)
    {
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestInspection.FirmAsync(siming);
        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiNetContent, NetContentApiTests.Check(firm, lot), Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (siming, firm, (await response.Content.ReadFromJsonAsync<NetContentCheckDetail>(Cancel))!);
    }

    private static Dictionary<string, string> Fields(string firm, decimal[] lot) => new()
    {
        ["Input.EnterpriseCreditCode"] = firm,
        ["Input.ProductName"] = "东北大米",
        ["Input.LotNumber"] = "L" + TestCodes.Token(),
        ["Input.CheckedOn"] = "2026-11-20",
        ["Input.Nominal"] = "500",
        ["Input.Unit"] = "g",
        ["Input.LotSize"] = "30",
        ["Input.Edition"] = "",
        ["Input.Measurements"] = string.Join('\n', lot.Select(m => m.ToString(CultureInfo.InvariantCulture))),
    };
}
