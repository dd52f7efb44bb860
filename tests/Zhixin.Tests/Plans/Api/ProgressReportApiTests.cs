using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Platform.Identity;
using Zhixin.Plans;
using Zhixin.Plans.Features;
using Zhixin.Plans.Features.SendReminders;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Plans.Api;

public sealed class ProgressReportApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task SubmitReport_WhenDepartmentIsNamedByTheTask_Returns201WithAttachment(Engine engine)
    {
        var (task, _) = await ArrangeAsync(engine);
        var commerce = await apps[engine].SignInAsync(Roles.DepartmentUser, "410000", department: TestPlans.Commerce);

        var response = await SubmitAsync(commerce, task, "2026-H1", "已完成专项检查部署。", 40, ("检查方案.txt", "方案内容"u8.ToArray()));
        var details = await commerce.GetFromJsonAsync<TaskDetails>(PlansRoutes.ApiTask(task), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = Assert.Single(details!.Reports);
        Assert.Equal(TestPlans.Commerce, report.DepartmentCode);
        Assert.Equal(40, report.Percent);
        Assert.True(report.Late);
        var attachment = Assert.Single(report.Attachments);
        var file = await commerce.GetByteArrayAsync(PlansRoutes.ApiAttachment(attachment.Id), TestContext.Current.CancellationToken);
        Assert.Equal("方案内容"u8.ToArray(), file);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task SubmitReport_WhenDepartmentIsNotNamed_Returns403(Engine engine)
    {
        var (task, _) = await ArrangeAsync(engine);
        var education = await apps[engine].SignInAsync(Roles.DepartmentUser, "410000", department: TestPlans.Education);

        var response = await SubmitAsync(education, task, "2026-H1", "越权报送。", 10);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite, "2026-H1", "", 50, "text")]
    [InlineData(Engine.Postgres, "2026-H1", "进展", 150, "percent")]
    [InlineData(Engine.Sqlite, "2030-H1", "进展", 50, "periodKey")]
    public async Task SubmitReport_WhenFieldIsInvalid_Returns400NamingTheField(Engine engine, string period, string text, int percent, string field)
    {
        var (task, _) = await ArrangeAsync(engine);
        var commerce = await apps[engine].SignInAsync(Roles.DepartmentUser, "410000", department: TestPlans.Commerce);

        var response = await SubmitAsync(commerce, task, period, text, percent);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetTask_WhenLeadDepartmentAsks_SeesParticipantsReportsButParticipantsSeeOnlyTheirOwn(Engine engine)
    {
        var (task, _) = await ArrangeAsync(engine);
        var lead = await apps[engine].SignInAsync(Roles.DepartmentUser, "410000", department: TestPlans.QualityBureau);
        var commerce = await apps[engine].SignInAsync(Roles.DepartmentUser, "410000", department: TestPlans.Commerce);
        var industry = await apps[engine].SignInAsync(Roles.DepartmentUser, "410000", department: TestPlans.Industry);
        await SubmitAsync(commerce, task, "2026-H1", "商务厅进展。", 30);
        await SubmitAsync(industry, task, "2026-H1", "工商局进展。", 20);

        var seenByLead = await lead.GetFromJsonAsync<TaskDetails>(PlansRoutes.ApiTask(task), TestContext.Current.CancellationToken);
        var seenByCommerce = await commerce.GetFromJsonAsync<TaskDetails>(PlansRoutes.ApiTask(task), TestContext.Current.CancellationToken);

        Assert.Equal(2, seenByLead!.Reports.Count);
        Assert.Equal([TestPlans.Commerce], seenByCommerce!.Reports.Select(r => r.DepartmentCode));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task SendReminders_WhenDeadlinePassedWithoutReport_RemindsEachDepartmentOnce(Engine engine)
    {
        var (task, plan) = await ArrangeAsync(engine);
        var commerce = await apps[engine].SignInAsync(Roles.DepartmentUser, "410000", department: TestPlans.Commerce);
        var industry = await apps[engine].SignInAsync(Roles.DepartmentUser, "410000", department: TestPlans.Industry);
        await SubmitAsync(commerce, task, "2026-H1", "商务厅进展。", 30);

        var first = await apps[engine].WithServicesAsync(s => s.GetRequiredService<SendRemindersHandler>().HandleAsync(TestContext.Current.CancellationToken));
        var second = await apps[engine].WithServicesAsync(s => s.GetRequiredService<SendRemindersHandler>().HandleAsync(TestContext.Current.CancellationToken));
        var forIndustry = await industry.GetFromJsonAsync<List<ReminderView>>(PlansRoutes.ApiReminders, TestContext.Current.CancellationToken);
        var forCommerce = await commerce.GetFromJsonAsync<List<ReminderView>>(PlansRoutes.ApiReminders, TestContext.Current.CancellationToken);

        Assert.True(first > 0);
        Assert.Equal(0, second);
        Assert.Contains(forIndustry!, r => r.TaskId == task && r.PeriodKey == "2026-H1" && r.PlanId == plan);
        Assert.DoesNotContain(forCommerce!, r => r.TaskId == task);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ListTasks_WhenFilteredByDepartmentAndOverdue_ReturnsOnlyThoseTasks(Engine engine)
    {
        var (task, plan) = await ArrangeAsync(engine);
        var client = await apps[engine].SignInAsync(Roles.Regulator, "410000");

        var byDepartment = await client.GetFromJsonAsync<Zhixin.Platform.Web.Page<TaskSummary>>(
            $"{PlansRoutes.ApiTasks(plan)}?department={TestPlans.Education}", TestContext.Current.CancellationToken);
        var bySection = await client.GetFromJsonAsync<Zhixin.Platform.Web.Page<TaskSummary>>(
            $"{PlansRoutes.ApiTasks(plan)}?section=二", TestContext.Current.CancellationToken);
        var overdue = await client.GetFromJsonAsync<Zhixin.Platform.Web.Page<TaskSummary>>(
            $"{PlansRoutes.ApiTasks(plan)}?overdue=true", TestContext.Current.CancellationToken);

        Assert.Equal(["(二)"], byDepartment!.Items.Select(t => t.Number));
        Assert.Equal(["(三)"], bySection!.Items.Select(t => t.Number));
        Assert.Equal(3, overdue!.Total);
        Assert.Contains(overdue.Items, t => t.Id == task);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordTargetActual_WhenIndicatorIsComputedByThePlatform_Returns409(Engine engine)
    {
        var (_, plan) = await ArrangeAsync(engine);
        var client = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var details = await client.GetFromJsonAsync<PlanDetails>(PlansRoutes.ApiPlan(plan), TestContext.Current.CancellationToken);
        var target = Assert.Single(details!.Targets);

        Assert.Equal("inspection.pass-rate", target.ComputedBy);
        var response = await client.PutAsJsonAsync(PlansRoutes.ApiTargetActual(target.Id), new { actual = 80m, source = "测试" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    private async Task<(Guid Task, Guid Plan)> ArrangeAsync(Engine engine)
    {
        var regulator = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var preview = await TestPlans.ImportedAsync(regulator, TestPlans.Henan(TestCodes.ChineseToken(), TestPlans.NextNumber()));
        var tasks = await regulator.GetFromJsonAsync<Zhixin.Platform.Web.Page<TaskSummary>>(PlansRoutes.ApiTasks(preview.PlanId!.Value), TestContext.Current.CancellationToken);
        return (tasks!.Items[0].Id, preview.PlanId.Value);
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, Guid task, string period, string text, int percent, params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(period), "periodKey" },
            { new StringContent(text), "text" },
            { new StringContent(percent.ToString(CultureInfo.InvariantCulture)), "percent" },
        };
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }

        return await client.PostAsync(PlansRoutes.ApiTaskReports(task), form, TestContext.Current.CancellationToken);
    }
}
