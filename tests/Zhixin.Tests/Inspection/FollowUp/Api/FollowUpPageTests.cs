using System.Net;
using Zhixin.Inspection;
using Zhixin.Inspection.FollowUp;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Pages;
using static Zhixin.Tests.Inspection.FollowUp.Api.FollowUpApi;

namespace Zhixin.Tests.Inspection.FollowUp.Api;

/// <summary>The batch page (record, items, timeline, deadlines, step form, publish button) and the anonymous public page.</summary>
public sealed class FollowUpPageTests(Apps apps) : IClassFixture<Apps>
{
    private const string Served = nameof(FollowUpStepKind.ResultNoticeServed);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task BatchPage_WhenTheCorrectionIsOverdue_ShowsTheFailingItemTheTimelineAndABadBadge(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-08-20");
        await RecordAsync(siming, batch.Id, Served, "2026-08-25");
        await RecordAsync(siming, batch.Id, nameof(FollowUpStepKind.CorrectionOrdered), "2026-09-01");

        var page = await siming.PageAsync(InspectionRoutes.Batch(batch.Id));

        Assert.Contains("<tr class=\"failing\">", page, StringComparison.Ordinal);
        Assert.Contains("<strong>导体电阻</strong>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"timeline\"", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge bad\">已逾期</span>", page, StringComparison.Ordinal);
        Assert.Contains("逾期20日", page, StringComparison.Ordinal);
        Assert.Contains("id=\"step-form\"", page, StringComparison.Ordinal);
        Assert.Contains("FY-001", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task BatchPage_WhenADeadlineIsDueTomorrow_ShowsAWarnBadge(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-09-10");
        await RecordAsync(siming, batch.Id, Served, "2026-09-15");
        await RecordAsync(siming, batch.Id, nameof(FollowUpStepKind.CorrectionOrdered), "2026-09-24");

        var page = await siming.PageAsync(InspectionRoutes.Batch(batch.Id));

        Assert.Contains("<span class=\"badge warn\">即将到期</span>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task BatchPage_WhenADeadlineFallsIn2027_ShowsItAsProvisional(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-11-10");
        await RecordAsync(siming, batch.Id, Served, "2026-11-16");
        await RecordAsync(siming, batch.Id, nameof(FollowUpStepKind.CorrectionOrdered), "2026-11-20");

        var response = await siming.GetAsync(InspectionRoutes.Batch(batch.Id), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("暂定（2027年节假日安排尚未录入）", await response.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task BatchPage_WhenALateObjectionIsPosted_AsksForAReasonThenRecordsIt(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-10-15");
        await RecordAsync(siming, batch.Id, Served, "2026-10-20");
        var page = InspectionRoutes.Batch(batch.Id);
        var action = page + "?handler=Step";
        KeyValuePair<string, string>[] objection = [new("Input.Kind", nameof(FollowUpStepKind.ObjectionFiled)), new("Input.On", "2026-11-05")];

        var refused = await siming.SubmitAsync(page, objection, action);
        var refusedBody = await refused.BodyAsync();
        var accepted = await siming.SubmitAsync(page, [.. objection, new("Input.OverrideReason", "邮寄在途，邮戳日期在期限内")], action);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(nameof(ObjectionWithinWindow), refusedBody, StringComparison.Ordinal);
        Assert.Contains("id=\"override-field\"", refusedBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var detail = await DetailAsync(siming, batch.Id);
        Assert.Equal("邮寄在途，邮戳日期在期限内", Assert.Single(detail.Steps, s => s.Kind == FollowUpStepKind.ObjectionFiled).OverrideReason);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task BatchPage_WhenStepDateIsMissing_RerendersWithTheMessageBesideTheField(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-10-15");
        var page = InspectionRoutes.Batch(batch.Id);

        var response = await siming.SubmitAsync(page, [new("Input.Kind", Served), new("Input.On", "")], page + "?handler=Step");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("field-validation-error\" data-valmsg-for=\"Input.On\"", await response.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task BatchPage_WhenThePublishButtonIsPressed_PublishesTheResult(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(apps[engine], siming, "2026-10-15");
        await RecordAsync(siming, batch.Id, Served, "2026-10-20");
        var page = InspectionRoutes.Batch(batch.Id);
        Assert.Contains("id=\"publish-form\"", await siming.PageAsync(page), StringComparison.Ordinal);

        var response = await siming.SubmitAsync(page, [], page + "?handler=Publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull((await DetailAsync(siming, batch.Id)).Summary.PublishedAt);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task BatchPage_WhenTheFirmReadsItsOwnBatch_ShowsNoForm(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var batch = await BatchAsync(app, siming, "2026-10-15");
        await RecordAsync(siming, batch.Id, Served, "2026-10-20");
        var firm = await app.SignInAsync(Roles.EnterpriseUser, enterprise: batch.EnterpriseCreditCode);

        var page = await firm.PageAsync(InspectionRoutes.Batch(batch.Id));

        Assert.Contains("id=\"deadlines\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"step-form\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"publish-form\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PublicPage_WhenAnonymous_ShowsPublishedResultsOnlyWithAChart(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var published = await BatchAsync(app, siming, "2026-10-15", failed: false);
        (await siming.PostAsync(InspectionRoutes.ApiBatchPublish(published.Id), null, Cancel)).EnsureSuccessStatusCode();
        var unpublished = await BatchAsync(app, siming, "2026-10-15");
        var anonymous = app.Anonymous();

        var shown = await anonymous.GetAsync($"{InspectionRoutes.PublicResults}?firm={published.EnterpriseCreditCode}", Cancel);
        var hidden = await anonymous.PageAsync($"{InspectionRoutes.PublicResults}?firm={unpublished.EnterpriseCreditCode}");

        var body = await shown.BodyAsync();
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains(published.EnterpriseName, body, StringComparison.Ordinal);
        Assert.Contains("data-chart=", body, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"tabs\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(unpublished.EnterpriseName, hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("王强", body, StringComparison.Ordinal);
    }
}
