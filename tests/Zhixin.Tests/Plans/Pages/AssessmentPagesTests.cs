using System.Net;
using Zhixin.Platform.Identity;
using Zhixin.Plans;
using Zhixin.Plans.Data;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Plans.Api;
using Zhixin.Tests.Platform.Pages;

namespace Zhixin.Tests.Plans.Pages;

public sealed class AssessmentPagesTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task AssessmentPage_WhenRegulatorRunsIt_ShowsEveryDepartmentWithBreakdown(Engine engine)
    {
        var regulator = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var preview = await TestPlans.ImportedAsync(regulator, TestPlans.Henan(TestCodes.ChineseToken(), TestPlans.NextNumber()));
        var page = PlansRoutes.Assessment(preview.PlanId!.Value);

        var before = await regulator.PageAsync(page);
        var run = await regulator.SubmitAsync(page, [new("Input.AsOf", "2026-11-22")]);
        var after = await regulator.PageAsync(page);

        Assert.Contains("尚未进行考核", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        Assert.Contains("id=\"assessment\"", after, StringComparison.Ordinal);
        Assert.Contains("河南省商务厅", after, StringComparison.Ordinal);
        Assert.Contains("应报 1 份", after, StringComparison.Ordinal);
        Assert.Contains("data-chart=", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task AssessmentPage_WhenSchemeIsUnknown_Returns400NamingTheScheme(Engine engine)
    {
        var regulator = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var preview = await TestPlans.ImportedAsync(regulator, TestPlans.Henan(TestCodes.ChineseToken(), TestPlans.NextNumber()));
        var page = PlansRoutes.Assessment(preview.PlanId!.Value);

        var run = await regulator.SubmitAsync(page, [new("Input.SchemeCode", "no-such-scheme")]);

        Assert.Equal(HttpStatusCode.BadRequest, run.StatusCode);
        Assert.Contains("no-such-scheme", await run.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task SchemesPage_WhenWeightsAreWrong_ShowsTheProblemAndKeepsTheVersions(Engine engine)
    {
        var regulator = await apps[engine].SignInAsync(Roles.Regulator, "410000");

        var page = await regulator.PageAsync(PlansRoutes.Schemes);
        var saved = await regulator.SubmitAsync(PlansRoutes.Schemes, [new("Input.Scheme", """{"code":"page-test","version":0,"effectiveFrom":"2026-01-01","lines":[{"key":"completion","label":"任务完成","weight":90,"basis":"completion"}],"grades":[{"grade":"合格","minScore":0}]}""")]);

        Assert.Contains("zhixin-plan-default", page, StringComparison.Ordinal);
        Assert.Contains("本平台提出的考核方案建议", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        Assert.Contains("not 100", await saved.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PlanPage_WhenScheduleIsSetToCustomDeadlines_ListsThemAndRejectsABadOne(Engine engine)
    {
        var regulator = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var preview = await TestPlans.ImportedAsync(regulator, TestPlans.Henan(TestCodes.ChineseToken(), TestPlans.NextNumber()));
        var page = PlansRoutes.Plan(preview.PlanId!.Value);

        var saved = await regulator.SubmitAsync(page, [new("Schedule.Kind", "custom"), new("Schedule.Deadlines", "04-30, 10-31")], page + "?handler=Schedule");
        var after = await regulator.PageAsync(page);
        var rejected = await regulator.SubmitAsync(page, [new("Schedule.Kind", "custom"), new("Schedule.Deadlines", "02-30")], page + "?handler=Schedule");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("2026-04-30", after, StringComparison.Ordinal);
        Assert.Contains("2026-10-31", after, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-07-15", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Contains("02-30", await rejected.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task AlignmentPage_WhenNationalAndFujianAreImported_OpensOnThemAndShowsTheResult(Engine engine)
    {
        var regulator = await apps[engine].SignInAsync(Roles.Regulator, "350000");
        foreach (var name in new[] { DemoPlanDocuments.National2012, DemoPlanDocuments.Fujian2012 })
        {
            var response = await TestPlans.ImportAsync(regulator, DemoPlanDocuments.Read(name), fileName: name);
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, response.StatusCode.ToString());
        }

        var page = await regulator.PageAsync(PlansRoutes.Alignment);

        Assert.Contains("id=\"alignment\"", page, StringComparison.Ordinal);
        Assert.Contains("承接", page, StringComparison.Ordinal);
        Assert.Contains("未部署", page, StringComparison.Ordinal);
        Assert.Contains("开展产品伤害监测试点", page, StringComparison.Ordinal);
    }
}
