using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.FollowUp;
using Zhixin.Platform;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using static Zhixin.Tests.Inspection.FollowUp.Api.FollowUpApi;

namespace Zhixin.Tests.Inspection.FollowUp.Api;

/// <summary>Recording follow-up steps of a failed batch through the API, and the clock GET batch reads from them.</summary>
public sealed class FollowUpStepApiTests(Apps apps) : IClassFixture<Apps>
{
    private const string Objection = nameof(FollowUpStepKind.ObjectionFiled);
    private const string Served = nameof(FollowUpStepKind.ResultNoticeServed);
    private const string CorrectionOrdered = nameof(FollowUpStepKind.CorrectionOrdered);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordStep_WhenObjectionOnTheFifteenthDay_IsAcceptedAndMeetsTheWindow(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-10-15");
        await RecordAsync(siming, batch.Id, Served, "2026-10-20");

        var objection = await RecordAsync(siming, batch.Id, Objection, "2026-11-04");

        Assert.Null(objection.OverrideReason);
        var window = (await DetailAsync(siming, batch.Id)).Clock!.Lines.Single(l => l.RuleId == FollowUpRuleIds.ObjectionWindow);
        Assert.Equal(DeadlineStatus.Met, window.Status);
        Assert.Equal(new DateOnly(2026, 11, 4), window.To);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordStep_WhenObjectionOnTheSixteenthDay_Returns409NamingTheRuleTheDeadlineAndTheDaysLate(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-10-15");
        await RecordAsync(siming, batch.Id, Served, "2026-10-20");

        var response = await StepAsync(siming, batch.Id, Objection, "2026-11-05");

        var body = await ConflictAsync(response, nameof(ObjectionWithinWindow));
        Assert.Contains("截止2026-11-04", body, StringComparison.Ordinal);
        Assert.Contains("1日", body, StringComparison.Ordinal);
        Assert.DoesNotContain((await DetailAsync(siming, batch.Id)).Steps, s => s.Kind == FollowUpStepKind.ObjectionFiled);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordStep_WhenLateObjectionHasAReason_StoresTheStepAndAuditsTheOverride(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(app, siming, "2026-10-15");
        await RecordAsync(siming, batch.Id, Served, "2026-10-20");
        var reason = "企业在期限内以挂号信提出异议，邮戳日期为2026-11-03 " + TestCodes.Token();

        var objection = await RecordAsync(siming, batch.Id, Objection, "2026-11-05", overrideReason: reason);

        Assert.Equal(reason, objection.OverrideReason);
        var window = (await DetailAsync(siming, batch.Id)).Clock!.Lines.Single(l => l.RuleId == FollowUpRuleIds.ObjectionWindow);
        Assert.Equal(DeadlineStatus.MetLate, window.Status);
        Assert.True(window.Overridden);
        var auditor = await app.SignInAsync(Roles.AuditAdministrator);
        var log = await auditor.GetFromJsonAsync<JsonElement>(
            $"{PlatformRoutes.ApiAudit}?action={AuditActions.RuleOverride}&entityId={objection.Id}", Cancel);
        var entry = Assert.Single(log.GetProperty("items").EnumerateArray());
        Assert.Equal(reason, entry.GetProperty("detail").GetString());
        Assert.Equal(Siming, entry.GetProperty("regionCode").GetString());
        Assert.Contains(nameof(ObjectionWithinWindow), entry.GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordStep_WhenSecondReinspectionOutsideItsWindow_Returns409UnlessAReasonIsGiven(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-06-10");
        await RecordAsync(siming, batch.Id, Served, "2026-06-15");
        await RecordAsync(siming, batch.Id, CorrectionOrdered, "2026-06-15");
        await RecordAsync(siming, batch.Id, nameof(FollowUpStepKind.FirstReinspection), "2026-08-20", passed: false);
        await RecordAsync(siming, batch.Id, nameof(FollowUpStepKind.ProvincialNoticePublished), "2026-09-01");

        // 60 days after the notice of 1 September is 31 October: a re-inspection on 20 October is too early.
        var early = await StepAsync(siming, batch.Id, nameof(FollowUpStepKind.SecondReinspection), "2026-10-20", passed: true);
        var overridden = await StepAsync(siming, batch.Id, nameof(FollowUpStepKind.SecondReinspection), "2026-10-20", passed: true, overrideReason: "企业申请提前复查，经局务会同意");

        var body = await ConflictAsync(early, nameof(SecondReinspectionWithinWindow));
        Assert.Contains("2026-10-31", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, overridden.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordStep_WhenItsPrerequisiteIsMissing_Returns400NamingBothSteps(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-10-15");
        await RecordAsync(siming, batch.Id, Served, "2026-10-20");

        var response = await StepAsync(siming, batch.Id, nameof(FollowUpStepKind.CorrectionReported), "2026-11-01");

        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Contains("\"kind\"", body, StringComparison.Ordinal);
        Assert.Contains("整改报告", body, StringComparison.Ordinal);
        Assert.Contains("责令整改", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordStep_WhenDatedBeforeItsPrerequisite_Returns400OnTheDate(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-10-15");
        await RecordAsync(siming, batch.Id, Served, "2026-10-20");

        var response = await StepAsync(siming, batch.Id, CorrectionOrdered, "2026-10-18");

        await Zhixin.Tests.Inspection.Api.SamplingApiTests.AssertFieldErrorAsync(response, "on");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordStep_WhenDatedInTheFuture_Returns400(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-10-15");

        var response = await StepAsync(siming, batch.Id, Served, "2026-11-23");

        await Zhixin.Tests.Inspection.Api.SamplingApiTests.AssertFieldErrorAsync(response, "on");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordStep_WhenBatchHasNoResults_Returns409(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var setup = await Zhixin.Tests.Inspection.Api.TestInspection.PlanAsync(apps[engine], siming);
        var batch = await BatchInPlanAsync(siming, setup.PlanId, issuedOn: null);

        var response = await StepAsync(siming, batch.Id, Served, "2026-11-20");

        await ConflictAsync(response, "FollowUpNeedsResults");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordStep_WhenPassedBatchIsOrderedToCorrect_Returns409(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-10-15", failed: false);
        await RecordAsync(siming, batch.Id, Served, "2026-10-20");

        var response = await StepAsync(siming, batch.Id, CorrectionOrdered, "2026-10-21");

        await ConflictAsync(response, "PassedBatchHasNoFollowUp");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordStep_WhenCorrectingAWrongDate_TheClockReadsTheCorrectionAndKeepsBoth(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-10-15");
        var wrong = await RecordAsync(siming, batch.Id, Served, "2026-10-20");

        var withoutNote = await StepAsync(siming, batch.Id, Served, "2026-10-21", corrects: wrong.Id);
        var corrected = await StepAsync(siming, batch.Id, Served, "2026-10-21", note: "送达回证日期为10月21日，原录入有误", corrects: wrong.Id);

        await Zhixin.Tests.Inspection.Api.SamplingApiTests.AssertFieldErrorAsync(withoutNote, "note");
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        var detail = await DetailAsync(siming, batch.Id);
        Assert.Equal(new DateOnly(2026, 10, 21), detail.Clock!.NoticeServedOn);
        Assert.True(detail.Steps.Single(s => s.Id == wrong.Id).Superseded);
        Assert.Equal(2, detail.Steps.Count);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetBatch_WhenTheCorrectionPeriodHasPassed_ShowsItOverdue(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-08-20");
        await RecordAsync(siming, batch.Id, Served, "2026-08-25");
        await RecordAsync(siming, batch.Id, CorrectionOrdered, "2026-09-01");

        var clock = (await DetailAsync(siming, batch.Id)).Clock!;

        // 60 days from 1 September end on Saturday 31 October, so on Monday 2 November; today is 22 November.
        var correction = clock.Lines.Single(l => l.RuleId == FollowUpRuleIds.Correction);
        Assert.Equal(new DateOnly(2026, 11, 2), correction.To);
        Assert.Equal(DeadlineStatus.Overdue, correction.Status);
        Assert.Equal(20, correction.DaysLate);
        Assert.False(correction.Provisional);
        Assert.Equal(DeadlineStatus.Lapsed, clock.Lines.Single(l => l.RuleId == FollowUpRuleIds.ObjectionWindow).Status);
        Assert.Contains(FollowUpStepKind.CorrectionReported, clock.NextSteps);
        Assert.Equal(new DateOnly(2026, 11, 22), clock.Today);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetBatch_WhenTheCorrectionPeriodEndsTomorrow_ShowsItDueSoon(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-09-10");
        await RecordAsync(siming, batch.Id, Served, "2026-09-15");
        await RecordAsync(siming, batch.Id, CorrectionOrdered, "2026-09-24");

        var correction = (await DetailAsync(siming, batch.Id)).Clock!.Lines.Single(l => l.RuleId == FollowUpRuleIds.Correction);

        Assert.Equal(new DateOnly(2026, 11, 23), correction.To);
        Assert.Equal(DeadlineStatus.DueSoon, correction.Status);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetBatch_WhenADeadlineFallsIn2027_ShowsItProvisionalInsteadOfFailing(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-11-10");
        await RecordAsync(siming, batch.Id, Served, "2026-11-16");
        await RecordAsync(siming, batch.Id, CorrectionOrdered, "2026-11-20");

        var response = await siming.GetAsync(InspectionRoutes.ApiBatch(batch.Id), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var clock = (await response.Content.ReadFromJsonAsync<Zhixin.Inspection.Features.GetBatch.BatchDetail>(Cancel))!.Clock!;
        var correction = clock.Lines.Single(l => l.RuleId == FollowUpRuleIds.Correction);
        Assert.Equal(new DateOnly(2027, 1, 19), correction.To);
        Assert.Equal(DeadlineStatus.NotYetDue, correction.Status);
        Assert.True(correction.Provisional);
        Assert.Equal("暂定（2027年节假日安排尚未录入）", correction.ProvisionalNote);
        var window = clock.Lines.Single(l => l.RuleId == FollowUpRuleIds.ObjectionWindow);
        Assert.False(window.Provisional);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetBatch_WhenPublishedWithoutARecordedStep_CountsThePublicationOnItsDay(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(app, siming, "2026-10-15");
        await RecordAsync(siming, batch.Id, Served, "2026-10-20");
        // Data loaded straight into the table (demo data, an import) may set the publication without the step.
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<InspectionDbContext>();
            var stored = await db.Batches.SingleAsync(b => b.Id == batch.Id, Cancel);
            stored.Publish(new DateTimeOffset(2026, 11, 10, 18, 0, 0, TimeSpan.Zero), "test");
            return await db.SaveChangesAsync(Cancel);
        });

        var clock = (await DetailAsync(siming, batch.Id)).Clock!;

        var publication = clock.Lines.Single(l => l.RuleId == FollowUpRuleIds.Publication);
        Assert.Equal(DeadlineStatus.Met, publication.Status);
        Assert.Equal(new DateOnly(2026, 11, 11), publication.MetOn);
        Assert.DoesNotContain(FollowUpStepKind.Published, clock.NextSteps);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordStep_WhenOfficialOfAnotherCounty_Returns404(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(app, siming, "2026-10-15");
        var huli = await app.SignInAsync(Roles.Regulator, "350206");

        var response = await StepAsync(huli, batch.Id, Served, "2026-10-20");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty((await DetailAsync(siming, batch.Id)).Steps);
    }
}
