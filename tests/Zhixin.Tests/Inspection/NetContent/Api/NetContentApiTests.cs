using System.Net;
using System.Net.Http.Json;
using Zhixin.Inspection;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Inspection.Api;

namespace Zhixin.Tests.Inspection.NetContent.Api;

/// <summary>Net-content checks stored through the API: the verdict and the whole calculation read back, and every refusal under its field.</summary>
public sealed class NetContentApiTests(Apps apps) : IClassFixture<Apps>
{
    // Qn = 500 g, N = 30 → n = 10, T = 15 g. Spread around 500 g with q̄ = 500 g: every criterion met.
    internal static readonly decimal[] PassingLot = [500m, 501m, 499m, 500m, 502m, 498m, 500m, 501m, 499m, 500m];

    // Every unit within T, but q̄ = 496 g < Qn − λ·s = 498.9164 g: the mean fails (the lot of the command-line tests).
    internal static readonly decimal[] FailingLot = [495m, 495m, 495m, 495m, 495m, 497m, 497m, 497m, 497m, 497m];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordNetContentCheck_WhenTheLotPasses_StoresItAndReadsBackTheVerdictAndCalculation(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestInspection.FirmAsync(siming);

        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiNetContent, Check(firm, PassingLot), Cancel);

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        var created = (await response.Content.ReadFromJsonAsync<NetContentCheckDetail>(Cancel))!;
        Assert.Equal(InspectionRoutes.ApiNetContentCheck(created.Summary.Id), response.Headers.Location!.OriginalString);
        var read = (await siming.GetFromJsonAsync<NetContentCheckDetail>(InspectionRoutes.ApiNetContentCheck(created.Summary.Id), Cancel))!;
        Assert.Equal(Verdict.Pass, read.Summary.Verdict);
        Assert.Equal(PassingLot, read.Measurements);
        Assert.Equal((10, "jjf1070-2023", "350203"), (read.Summary.SampleSize, read.Summary.Edition, read.Summary.RegionCode));
        Assert.Equal("pass", read.Calculation.GetProperty("verdict").GetString());
        Assert.Equal(15m, read.Calculation.GetProperty("tolerableDeficiency").GetProperty("value").GetDecimal());
        Assert.Equal(485m, read.Calculation.GetProperty("t1").GetDecimal());
        Assert.Equal(10, read.Calculation.GetProperty("units").GetArrayLength());
        var result = read.Result();
        Assert.Equal(500m, result.Mean.Mean);
        Assert.Equal(1.028m, result.SamplePlan.Row.Lambda);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordNetContentCheck_WhenTheMeanFallsShort_StoresAFailWithTheReason(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestInspection.FirmAsync(siming);

        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiNetContent, Check(firm, FailingLot), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<NetContentCheckDetail>(Cancel))!.Summary.Id;
        var read = (await siming.GetFromJsonAsync<NetContentCheckDetail>(InspectionRoutes.ApiNetContentCheck(id), Cancel))!;
        Assert.Equal(Verdict.Fail, read.Summary.Verdict);
        var mean = read.Calculation.GetProperty("reasons")[2];
        Assert.Equal(("mean", "notMet"), (mean.GetProperty("criterion").GetString(), mean.GetProperty("outcome").GetString()));
        Assert.Equal(496m, read.Result().Mean.Mean);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordNetContentCheck_WhenTheFirmIsNotInTheRegister_Returns400NamingTheFirm(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");

        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiNetContent, Check(TestCodes.CreditCode(), PassingLot), Cancel);

        await SamplingApiTests.AssertFieldErrorAsync(response, "enterpriseCreditCode");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordNetContentCheck_WhenTooFewMeasurements_Returns400NamingMeasurements(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestInspection.FirmAsync(siming);

        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiNetContent, Check(firm, PassingLot[..9]), Cancel);

        var body = await SamplingApiTests.AssertFieldErrorAsync(response, "measurements");
        Assert.Contains("10", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordNetContentCheck_WhenOneMeasurementIsNegative_Returns400NamingItsIndex(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestInspection.FirmAsync(siming);
        decimal[] lot = [.. PassingLot];
        lot[3] = -500m;

        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiNetContent, Check(firm, lot), Cancel);

        await SamplingApiTests.AssertFieldErrorAsync(response, "measurements[3]");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordNetContentCheck_WhenCheckedTomorrow_Returns400NamingTheDate(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestInspection.FirmAsync(siming);

        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiNetContent, Check(firm, PassingLot, checkedOn: "2026-11-23"), Cancel);

        await SamplingApiTests.AssertFieldErrorAsync(response, "checkedOn");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task NetContentCheck_WhenAnotherCounty_Returns404OnGetAnd400OnPost(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestInspection.FirmAsync(siming);
        var created = await siming.PostAsJsonAsync(InspectionRoutes.ApiNetContent, Check(firm, PassingLot), Cancel);
        var id = (await created.Content.ReadFromJsonAsync<NetContentCheckDetail>(Cancel))!.Summary.Id;
        var huli = await app.SignInAsync(Roles.Regulator, "350206");

        var read = await huli.GetAsync(InspectionRoutes.ApiNetContentCheck(id), Cancel);
        var write = await huli.PostAsJsonAsync(InspectionRoutes.ApiNetContent, Check(firm, PassingLot), Cancel);
        var list = await huli.GetFromJsonAsync<Zhixin.Platform.Web.Page<NetContentCheckSummary>>($"{InspectionRoutes.ApiNetContent}?q={firm}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, write.StatusCode);
        Assert.Empty(list!.Items);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ListNetContentChecks_WhenFilteredByVerdict_ReturnsOnlyThoseOfTheFirm(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var firm = await TestInspection.FirmAsync(siming);
        await siming.PostAsJsonAsync(InspectionRoutes.ApiNetContent, Check(firm, PassingLot), Cancel);
        await siming.PostAsJsonAsync(InspectionRoutes.ApiNetContent, Check(firm, FailingLot), Cancel);

        var failed = await siming.GetFromJsonAsync<Zhixin.Platform.Web.Page<NetContentCheckSummary>>($"{InspectionRoutes.ApiNetContent}?q={firm}&verdict=Fail", Cancel);
        var all = await siming.GetFromJsonAsync<Zhixin.Platform.Web.Page<NetContentCheckSummary>>($"{InspectionRoutes.ApiNetContent}?q={firm}&year=2026", Cancel);

        Assert.Equal(Verdict.Fail, Assert.Single(failed!.Items).Verdict);
        Assert.Equal(2, all!.Total);
    }

    internal static object Check(string firm, decimal[] measurements, string checkedOn = "2026-11-20", int lotSize = 30) => new
    {
        enterpriseCreditCode = firm,
        productName = "东北大米",
        lotNumber = "L" + TestCodes.Token(),
        checkedOn,
        nominal = 500,
        unit = "g",
        lotSize,
        measurements,
    };
}
