using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Zhixin.Platform.Identity;
using Zhixin.Plans;
using Zhixin.Plans.Features;
using Zhixin.Plans.Features.GetAssessment;
using Zhixin.Plans.Features.ManageSchemes;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Plans.Api;

public sealed class AssessmentApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RunAssessment_WhenOneDepartmentReportedAndAnotherDidNot_ScoresTheReporterHigherWithBreakdown(Engine engine)
    {
        var regulator = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var commerce = await apps[engine].SignInAsync(Roles.DepartmentUser, "410000", department: TestPlans.Commerce);
        var preview = await TestPlans.ImportedAsync(regulator, TestPlans.Henan(TestCodes.ChineseToken(), TestPlans.NextNumber()));
        var tasks = await regulator.GetFromJsonAsync<Zhixin.Platform.Web.Page<TaskSummary>>(PlansRoutes.ApiTasks(preview.PlanId!.Value), TestContext.Current.CancellationToken);
        using (var form = new MultipartFormDataContent { { new StringContent("2026-H1"), "periodKey" }, { new StringContent("已完成"), "text" }, { new StringContent("100"), "percent" } })
        {
            (await commerce.PostAsync(PlansRoutes.ApiTaskReports(tasks!.Items[0].Id), form, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        }

        var response = await regulator.PostAsJsonAsync(PlansRoutes.ApiAssessments(preview.PlanId.Value), new { asOf = "2026-11-22" }, TestContext.Current.CancellationToken);
        var run = await response.Content.ReadFromJsonAsync<AssessmentRunView>(TestContext.Current.CancellationToken);
        var latest = await regulator.GetFromJsonAsync<AssessmentRunView>(PlansRoutes.ApiAssessments(preview.PlanId.Value) + "/latest", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reporter = Assert.Single(run!.Results, r => r.DepartmentCode == TestPlans.Commerce);
        var silent = Assert.Single(run.Results, r => r.DepartmentCode == TestPlans.Education);
        Assert.True(reporter.Score > silent.Score, $"{reporter.Score} vs {silent.Score}");
        Assert.Equal(["timeliness", "completion", "indicators", "deductions"], reporter.Lines.Select(l => l.Key));
        Assert.NotNull(reporter.Grade);
        Assert.Equal(run.Id, latest!.Id);
        Assert.Equal("zhixin-plan-default", run.SchemeCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RunAssessment_WhenPlanIsOfAnotherProvince_Returns403(Engine engine)
    {
        var henan = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var fujian = await apps[engine].SignInAsync(Roles.Regulator, "350000");
        var preview = await TestPlans.ImportedAsync(henan, TestPlans.Henan(TestCodes.ChineseToken(), TestPlans.NextNumber()));

        var response = await fujian.PostAsJsonAsync(PlansRoutes.ApiAssessments(preview.PlanId!.Value), new { }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task AddSchemeVersion_WhenWeightsDoNotAddUpTo100_Returns400NamingTheLines(Engine engine)
    {
        var regulator = await apps[engine].SignInAsync(Roles.Regulator, "410000");

        var response = await PostSchemeAsync(regulator, Scheme("test-" + TestCodes.Token(), completion: 40));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("completion 40", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task AddSchemeVersion_WhenSchemeChanges_KeepsTheEarlierVersionAndNumbersTheNewOne(Engine engine)
    {
        var regulator = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var code = "test-" + TestCodes.Token();

        var first = await PostSchemeAsync(regulator, Scheme(code, completion: 50));
        var second = await PostSchemeAsync(regulator, Scheme(code, completion: 60, timeliness: 10));
        var all = await regulator.GetFromJsonAsync<List<SchemeVersionView>>(PlansRoutes.ApiSchemes, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var versions = all!.Where(v => v.Code == code).OrderBy(v => v.Version).ToList();
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal(50, versions[0].Scheme.Lines.Single(l => l.Key == "completion").Weight);
        Assert.Equal(60, versions[1].Scheme.Lines.Single(l => l.Key == "completion").Weight);
    }

    private static async Task<HttpResponseMessage> PostSchemeAsync(HttpClient client, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.PostAsync(PlansRoutes.ApiSchemes, content, TestContext.Current.CancellationToken);
    }

    private static string Scheme(string code, int completion, int timeliness = 20) => string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "code": "{{code}}", "version": 0, "effectiveFrom": "2026-01-01",
          "lines": [
            { "key": "timeliness", "label": "时效性", "weight": {{timeliness}}, "basis": "timeliness" },
            { "key": "completion", "label": "任务完成", "weight": {{completion}}, "basis": "completion" },
            { "key": "indicators", "label": "指标达成", "weight": 20, "basis": "indicators" },
            { "key": "deductions", "label": "逾期扣分", "weight": 10, "basis": "deductions" }
          ],
          "grades": [ { "grade": "合格", "minScore": 60 }, { "grade": "不合格", "minScore": 0 } ]
        }
        """);
}
