using System.Net;
using System.Net.Http.Json;
using Zhixin.Inspection;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.ListPublicResults;
using Zhixin.Inspection.Features.PublishResults;
using Zhixin.Inspection.FollowUp;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Inspection.Api;
using Zhixin.Tests.Infrastructure;
using static Zhixin.Tests.Inspection.FollowUp.Api.FollowUpApi;

namespace Zhixin.Tests.Inspection.FollowUp.Api;

/// <summary>Publishing results (公示) once the firm can no longer dispute them, and the anonymous public list.</summary>
public sealed class PublicationApiTests(Apps apps) : IClassFixture<Apps>
{
    private const string Served = nameof(FollowUpStepKind.ResultNoticeServed);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PublishBatch_WhenTheObjectionWindowIsStillOpen_Returns409WithTheDateItBecomesEligible(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-11-10");
        // Served on 20 November: 15 days end on Saturday 5 December, so on Monday 7 December; publication from the 8th.
        await RecordAsync(siming, batch.Id, Served, "2026-11-20");

        var response = await siming.PostAsync(InspectionRoutes.ApiBatchPublish(batch.Id), null, Cancel);

        var body = await ConflictAsync(response, nameof(PublicationAfterObjectionWindow));
        Assert.Contains("2026-12-08", body, StringComparison.Ordinal);
        Assert.Null((await DetailAsync(siming, batch.Id)).Summary.PublishedAt);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PublishBatch_WhenTheNoticeWasNeverServed_Returns409NamingTheAwaitedStep(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-10-15");

        var response = await siming.PostAsync(InspectionRoutes.ApiBatchPublish(batch.Id), null, Cancel);

        var body = await ConflictAsync(response, nameof(PublicationAfterObjectionWindow));
        Assert.Contains("检验结果通知送达", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PublishBatch_WhenTheWindowHasClosed_PublishesAndRecordsTheStep(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-10-15");
        await RecordAsync(siming, batch.Id, Served, "2026-10-20");

        var response = await siming.PostAsync(InspectionRoutes.ApiBatchPublish(batch.Id), null, Cancel);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancel));
        var detail = await DetailAsync(siming, batch.Id);
        Assert.Equal(apps[engine].Clock.GetUtcNow(), detail.Summary.PublishedAt);
        var published = Assert.Single(detail.Steps, s => s.Kind == FollowUpStepKind.Published);
        Assert.Equal(new DateOnly(2026, 11, 22), published.On);
        Assert.Equal(DeadlineStatus.Met, detail.Clock!.Lines.Single(l => l.RuleId == FollowUpRuleIds.Publication).Status);
        var again = await siming.PostAsync(InspectionRoutes.ApiBatchPublish(batch.Id), null, Cancel);
        await ConflictAsync(again, PublishResultsHandler.ResultsArePublishedOnce);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PublishBatch_WhenPassed_WaitsForNothing(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-11-20", failed: false);

        var response = await siming.PostAsync(InspectionRoutes.ApiBatchPublish(batch.Id), null, Cancel);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancel));
        Assert.NotNull((await response.Content.ReadFromJsonAsync<BatchSummary>(Cancel))!.PublishedAt);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PublishPlan_WhenSomeBatchesAreNotEligible_PublishesTheOthersAndReportsWhy(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var setup = await TestInspection.PlanAsync(apps[engine], siming);
        var ready = await BatchInPlanAsync(siming, setup.PlanId, "2026-10-15");
        await RecordAsync(siming, ready.Id, Served, "2026-10-20");
        var waiting = await BatchInPlanAsync(siming, setup.PlanId, "2026-11-10");
        await RecordAsync(siming, waiting.Id, Served, "2026-11-20");
        var untested = await BatchInPlanAsync(siming, setup.PlanId, issuedOn: null);
        var passed = await BatchInPlanAsync(siming, setup.PlanId, "2026-11-20", failed: false);

        var response = await siming.PostAsync(InspectionRoutes.ApiPlanPublish(setup.PlanId), null, Cancel);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancel));
        var report = (await response.Content.ReadFromJsonAsync<PublishPlanReport>(Cancel))!;
        Assert.Equal(new[] { ready.Id, passed.Id }.Order(), report.Published.Select(p => p.Id).Order());
        var skippedWaiting = Assert.Single(report.Skipped, s => s.Id == waiting.Id);
        Assert.Equal(nameof(PublicationAfterObjectionWindow), skippedWaiting.Rule);
        Assert.Equal(new DateOnly(2026, 12, 8), skippedWaiting.EligibleFrom);
        Assert.Equal(PublishResultsHandler.PublicationNeedsResults, Assert.Single(report.Skipped, s => s.Id == untested.Id).Rule);
        Assert.Equal(0, report.AlreadyPublished);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ListPublic_WhenAnonymous_ShowsAPublishedBatchWithoutSamplersOrSeals(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(app, siming, "2026-10-15");
        await RecordAsync(siming, batch.Id, Served, "2026-10-20");
        (await siming.PostAsync(InspectionRoutes.ApiBatchPublish(batch.Id), null, Cancel)).EnsureSuccessStatusCode();

        var response = await app.Anonymous().GetAsync($"{InspectionRoutes.ApiPublic}?firm={batch.EnterpriseCreditCode}", Cancel);

        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var page = (await response.Content.ReadFromJsonAsync<PublicResultsPage>(Cancel))!;
        var row = Assert.Single(page.Items);
        Assert.Equal(batch.EnterpriseName, row.EnterpriseName);
        Assert.Equal(Verdict.Fail, row.Verdict);
        Assert.Equal("导体电阻", row.FailedItems);
        Assert.Equal("福建省厦门市思明区市场监督管理局", row.Organizer);
        Assert.Equal(1, page.Failed);
        foreach (var secret in new[] { "王强", "李娜", "FY-001", "samplers", "sealNumbers", batch.SamplingNumber })
        {
            Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ListPublic_WhenASimingBatchIsNotPublished_DoesNotShowIt(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(app, siming, "2026-10-15");
        await RecordAsync(siming, batch.Id, Served, "2026-10-20");

        var anonymous = await app.Anonymous().GetFromJsonAsync<PublicResultsPage>($"{InspectionRoutes.ApiPublic}?firm={batch.EnterpriseCreditCode}", Cancel);
        var official = await siming.GetFromJsonAsync<PublicResultsPage>($"{InspectionRoutes.ApiPublic}?firm={batch.EnterpriseCreditCode}&region=3502", Cancel);

        Assert.Empty(anonymous!.Items);
        Assert.Equal(0, anonymous.Total);
        Assert.Empty(official!.Items);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ListPublic_WhenFilteredByRegionAndVerdict_CountsTheWholeFilter(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var setup = await TestInspection.PlanAsync(app, siming);
        foreach (var failed in new[] { true, false, false })
        {
            var batch = await BatchInPlanAsync(siming, setup.PlanId, "2026-10-15", failed);
            await RecordAsync(siming, batch.Id, Served, "2026-10-20");
        }

        (await siming.PostAsync(InspectionRoutes.ApiPlanPublish(setup.PlanId), null, Cancel)).EnsureSuccessStatusCode();
        var firms = "抽查测试企业";

        var all = await app.Anonymous().GetFromJsonAsync<PublicResultsPage>(
            $"{InspectionRoutes.ApiPublic}?firm={Uri.EscapeDataString(firms)}&region=350203&pageSize=1", Cancel);
        var passedOnly = await app.Anonymous().GetFromJsonAsync<PublicResultsPage>(
            $"{InspectionRoutes.ApiPublic}?firm={Uri.EscapeDataString(firms)}&region=350203&verdict=Pass", Cancel);
        var elsewhere = await app.Anonymous().GetFromJsonAsync<PublicResultsPage>($"{InspectionRoutes.ApiPublic}?region=3501&firm={Uri.EscapeDataString(firms)}", Cancel);

        Assert.Single(all!.Items);
        Assert.True(all.Passed >= 2 && all.Failed >= 1);
        Assert.Equal(all.Passed + all.Failed, all.Total);
        Assert.All(passedOnly!.Items, row => Assert.Equal(Verdict.Pass, row.Verdict));
        Assert.Equal(0, passedOnly.Failed);
        Assert.Empty(elsewhere!.Items);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PublishBatch_WhenOfficialOfAnotherCounty_Returns404(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(app, siming, "2026-10-15", failed: false);
        var huli = await app.SignInAsync(Roles.Regulator, "350206");

        var response = await huli.PostAsync(InspectionRoutes.ApiBatchPublish(batch.Id), null, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await DetailAsync(siming, batch.Id)).Summary.PublishedAt);
    }
}
