using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.GetBatch;
using Zhixin.Platform.Events;
using Zhixin.Platform.Identity;
using Zhixin.Register;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Inspection.Api;

/// <summary>Sampling forms and lab results through the API, and the BatchFailed event reaching the firm's page.</summary>
public sealed class SamplingApiTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordSampling_WhenValid_StoresTheBatchInTheFirmsRegion(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var setup = await TestInspection.PlanAsync(apps[engine], siming);
        var firm = await TestInspection.FirmAsync(siming);

        var batch = await TestInspection.SampleAsync(siming, setup.PlanId, firm);

        var detail = await siming.GetFromJsonAsync<BatchDetail>(InspectionRoutes.ApiBatch(batch.Id), Cancel);
        Assert.Equal(firm, detail!.Summary.EnterpriseCreditCode);
        Assert.Equal("350203", detail.Summary.RegionCode);
        Assert.Equal("电线电缆", detail.Summary.ProductName);
        Assert.Equal("王强、李娜", detail.Samplers);
        Assert.Null(detail.Summary.Verdict);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordSampling_WhenFirmNotInRegister_Returns400NamingTheField(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var setup = await TestInspection.PlanAsync(apps[engine], siming);

        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiBatches, TestInspection.Sampling(setup.PlanId, TestCodes.CreditCode()), Cancel);

        await AssertFieldErrorAsync(response, "enterpriseCreditCode");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordSampling_WhenProductNotInTheCatalogue_Returns400NamingTheField(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var setup = await TestInspection.PlanAsync(apps[engine], siming);
        var firm = await TestInspection.FirmAsync(siming);

        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiBatches, TestInspection.Sampling(setup.PlanId, firm, product: "9999"), Cancel);

        await AssertFieldErrorAsync(response, "productCode");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordSampling_WhenTakenBeforeThePlanStarted_Returns400NamingTheDate(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var setup = await TestInspection.PlanAsync(apps[engine], siming);
        var firm = await TestInspection.FirmAsync(siming);

        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiBatches, TestInspection.Sampling(setup.PlanId, firm, sampledOn: "2026-02-28"), Cancel);

        var body = await AssertFieldErrorAsync(response, "sampledOn");
        Assert.Contains("2026-03-01", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordSampling_WhenOneSamplerSigned_Returns400(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var setup = await TestInspection.PlanAsync(apps[engine], siming);
        var firm = await TestInspection.FirmAsync(siming);

        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiBatches, TestInspection.Sampling(setup.PlanId, firm, samplers: ["王强", "王强"]), Cancel);

        await AssertFieldErrorAsync(response, "samplers");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordResults_WhenAnItemFails_FailsTheBatchAndTheFirmsPageShowsIt(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var setup = await TestInspection.PlanAsync(app, siming);
        var firm = await TestInspection.FirmAsync(siming);
        var batch = await TestInspection.SampleAsync(siming, setup.PlanId, firm);

        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiBatchResults(batch.Id),
            TestInspection.Results(("绝缘厚度", "Pass"), ("导体电阻", "Fail")), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var recorded = await response.Content.ReadFromJsonAsync<BatchSummary>(Cancel);
        Assert.Equal(Verdict.Fail, recorded!.Verdict);
        Assert.Equal("导体电阻", recorded.FailedItems);
        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(Cancel);
        var events = await app.WithServicesAsync(s => s.GetRequiredService<IEnterpriseEventLog>().ListAsync(firm, Cancel));
        var failed = Assert.Single(events);
        Assert.Equal("inspection.batch-failed", failed.Kind);
        Assert.Contains("导体电阻", failed.Title, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 6, 1), failed.OccurredOn);
        var enterprise = await siming.GetFromJsonAsync<Zhixin.Register.Features.EnterpriseResponse>(RegisterRoutes.ApiEnterpriseByCode(firm), Cancel);
        var page = await siming.GetStringAsync(RegisterRoutes.Enterprise(enterprise!.Id), Cancel);
        Assert.Contains(InspectionRoutes.Batch(batch.Id), page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordResults_WhenDispatchedTwice_RecordsTheEventOnce(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var setup = await TestInspection.PlanAsync(app, siming);
        var firm = await TestInspection.FirmAsync(siming);
        var batch = await TestInspection.SampleAsync(siming, setup.PlanId, firm);
        await siming.PostAsJsonAsync(InspectionRoutes.ApiBatchResults(batch.Id), TestInspection.Results(("导体电阻", "Fail")), Cancel);

        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DispatchAsync(Cancel);
        await dispatcher.DispatchAsync(Cancel);

        var events = await app.WithServicesAsync(s => s.GetRequiredService<IEnterpriseEventLog>().ListAsync(firm, Cancel));
        Assert.Single(events);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordResults_WhenEveryItemPasses_PassesTheBatchWithoutAnEvent(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var setup = await TestInspection.PlanAsync(app, siming);
        var firm = await TestInspection.FirmAsync(siming);
        var batch = await TestInspection.SampleAsync(siming, setup.PlanId, firm);

        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiBatchResults(batch.Id), TestInspection.Results(("导体电阻", "Pass")), Cancel);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(Verdict.Pass, (await response.Content.ReadFromJsonAsync<BatchSummary>(Cancel))!.Verdict);
        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(Cancel);
        Assert.Empty(await app.WithServicesAsync(s => s.GetRequiredService<IEnterpriseEventLog>().ListAsync(firm, Cancel)));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordResults_WhenAnItemHasNoVerdict_Returns400NamingTheItemAndStoresNothing(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var setup = await TestInspection.PlanAsync(apps[engine], siming);
        var firm = await TestInspection.FirmAsync(siming);
        var batch = await TestInspection.SampleAsync(siming, setup.PlanId, firm);

        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiBatchResults(batch.Id), new
        {
            laboratory = "检验所",
            reportNumber = "R-1",
            issuedOn = "2026-06-01",
            items = new object[]
            {
                new { itemName = "导体电阻", standardClause = "GB/T 5023.3 2.4", verdict = "Pass" },
                new { itemName = "绝缘厚度", standardClause = "GB/T 5023.3 2.5" },
            },
        }, Cancel);

        await AssertFieldErrorAsync(response, "items[1].verdict");
        var detail = await siming.GetFromJsonAsync<BatchDetail>(InspectionRoutes.ApiBatch(batch.Id), Cancel);
        Assert.Empty(detail!.Items);
        Assert.Null(detail.Summary.Verdict);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordResults_WhenAlreadyRecorded_Returns409NamingTheRule(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var setup = await TestInspection.PlanAsync(apps[engine], siming);
        var firm = await TestInspection.FirmAsync(siming);
        var batch = await TestInspection.SampleAsync(siming, setup.PlanId, firm);
        await siming.PostAsJsonAsync(InspectionRoutes.ApiBatchResults(batch.Id), TestInspection.Results(("导体电阻", "Pass")), Cancel);

        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiBatchResults(batch.Id), TestInspection.Results(("导体电阻", "Fail")), Cancel);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("ResultsAreRecordedOnce", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ListBatches_WhenEnterpriseAccount_SeesOnlyItsOwnBatches(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var setup = await TestInspection.PlanAsync(app, siming);
        var own = await TestInspection.FirmAsync(siming);
        var other = await TestInspection.FirmAsync(siming);
        await TestInspection.SampleAsync(siming, setup.PlanId, own);
        await TestInspection.SampleAsync(siming, setup.PlanId, other);
        var enterprise = await app.SignInAsync(Roles.EnterpriseUser, enterprise: own);

        var page = await enterprise.GetFromJsonAsync<Zhixin.Platform.Web.Page<BatchSummary>>($"{InspectionRoutes.ApiBatches}?plan={setup.PlanId}", Cancel);

        Assert.Equal(own, Assert.Single(page!.Items).EnterpriseCreditCode);
    }

    internal static async Task<string> AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Contains($"\"{field}\"", body, StringComparison.Ordinal);
        return body;
    }
}
