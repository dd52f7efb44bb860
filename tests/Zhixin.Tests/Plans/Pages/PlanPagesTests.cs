using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Platform;
using Zhixin.Platform.Identity;
using Zhixin.Plans;
using Zhixin.Plans.Data;
using Zhixin.Plans.Domain;
using Zhixin.Plans.Features.SendReminders;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Plans.Api;
using Zhixin.Tests.Platform.Pages;

namespace Zhixin.Tests.Plans.Pages;

public sealed class PlanPagesTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PlanList_WhenPlanIsImported_ListsItWithItsCountsAndOffersImport(Engine engine)
    {
        var (regulator, plan, token, _) = await ArrangeAsync(engine);

        var list = await regulator.PageAsync(PlansRoutes.Plans);

        Assert.Contains($"<a href=\"{PlansRoutes.Plan(plan)}\">测试{token}质量工作2026年行动计划</a>", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"{PlansRoutes.ImportPlan}\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"{PlansRoutes.Alignment}\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"{PlansRoutes.Reminders}\"", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PlanList_WhenCallerIsDepartmentUser_OffersNoImport(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.DepartmentUser, "410000", department: TestPlans.Commerce);

        var list = await client.PageAsync(PlansRoutes.Plans);
        var import = await client.GetAsync(PlansRoutes.ImportPlan, TestContext.Current.CancellationToken);

        Assert.DoesNotContain($"href=\"{PlansRoutes.ImportPlan}\"", list, StringComparison.Ordinal);
        Assert.Equal(PlatformRoutes.AccessDenied, import.Headers.Location?.AbsolutePath);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPreview_WhenTextIsPasted_ShowsTasksAndNewDepartmentsAndStoresNothing(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var token = TestCodes.ChineseToken();

        var response = await PreviewAsync(client, TestPlans.Henan(token, TestPlans.NextNumber()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.BodyAsync();
        Assert.Contains("开展重点产品质量整治", page, StringComparison.Ordinal);
        Assert.Contains("加强特种设备监管", page, StringComparison.Ordinal);
        Assert.Matches($"省质量发展促进中心{token}\\s*<span class=\"badge warn\">新部门，待确认</span>", page);
        Assert.Contains("确认导入", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"测试{token}", await client.PageAsync(PlansRoutes.Plans), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportConfirm_WhenPreviewWasShown_StoresThePlanAndOpensIt(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var token = TestCodes.ChineseToken();
        var preview = await (await PreviewAsync(client, TestPlans.Henan(token, TestPlans.NextNumber()))).BodyAsync();

        var response = await client.SubmitAsync(PlansRoutes.ImportPlan,
            [new("Input.Content", PlanPageForms.Hidden(preview, "Input.Content")), new("Input.FileName", PlanPageForms.Hidden(preview, "Input.FileName"))],
            PlansRoutes.ImportPlan + "?handler=Confirm");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches(PlanPageForms.PlanUrl(), location);
        var plan = await client.PageAsync(location);
        Assert.Contains($"测试{token}质量工作2026年行动计划", plan, StringComparison.Ordinal);
        Assert.Contains("开展重点产品质量整治", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPreview_WhenPlanWasImportedBefore_LinksTheExistingPlanAndOffersNoConfirmation(Engine engine)
    {
        var (client, plan, _, text) = await ArrangeAsync(engine);

        var response = await PreviewAsync(client, text);

        var page = await response.BodyAsync();
        Assert.Contains("id=\"import-duplicate\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"confirm-form\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{PlansRoutes.Plan(plan)}\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPreview_WhenNothingIsGiven_Returns400WithTheMessageBesideTheFile(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "410000");

        var response = await client.PostMultipartAsync(PlansRoutes.ImportPlan, PlansRoutes.ImportPlan + "?handler=Preview", [new("Input.Text", "")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Input.File\"[^>]*>请选择 .txt 文件或粘贴计划文本", await response.BodyAsync());
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPreview_WhenTextHasNoItems_Returns400AndStoresNothing(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "410000");

        var response = await client.PostMultipartAsync(PlansRoutes.ImportPlan, PlansRoutes.ImportPlan + "?handler=Preview", [],
            ("Input.File", "空白.txt", "这是一段没有任何任务条目的文字。"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("识别出任何任务条目", await response.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPreview_WhenPlanIsOutsideCallersJurisdiction_Returns403WithTheMessage(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350206");

        var response = await PreviewAsync(client, TestPlans.Henan(TestCodes.ChineseToken(), TestPlans.NextNumber()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("只能导入本辖区或上级的计划", await response.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportConfirm_WhenPlanWasImportedMeanwhile_Returns409NamingTheRule(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var text = TestPlans.Henan(TestCodes.ChineseToken(), TestPlans.NextNumber());
        var preview = await (await PreviewAsync(client, text)).BodyAsync();
        await TestPlans.ImportedAsync(client, text);

        var response = await client.SubmitAsync(PlansRoutes.ImportPlan,
            [new("Input.Content", PlanPageForms.Hidden(preview, "Input.Content")), new("Input.FileName", "plan.txt")],
            PlansRoutes.ImportPlan + "?handler=Confirm");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("PlanImportedOnce", await response.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PlanPage_WhenFilteredByDepartment_ShowsOnlyThatDepartmentsTasks(Engine engine)
    {
        var (client, plan, _, _) = await ArrangeAsync(engine);

        var page = await client.PageAsync($"{PlansRoutes.Plan(plan)}?department={TestPlans.Education}");

        var board = page[page.IndexOf("id=\"task-rows\"", StringComparison.Ordinal)..page.IndexOf("id=\"targets\"", StringComparison.Ordinal)];
        Assert.Contains("加强特种设备监管", board, StringComparison.Ordinal);
        Assert.DoesNotContain("开展重点产品质量整治", board, StringComparison.Ordinal);
        Assert.DoesNotContain("建立企业质量信用档案", board, StringComparison.Ordinal);
        Assert.Contains("data-chart=", page, StringComparison.Ordinal);
        Assert.Contains("平台自动计算", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RecordActual_WhenRegulatorOfThePlanEntersValueAndSource_ShowsTheTargetMet(Engine engine)
    {
        var (regulator, plan, _, _) = await ArrangeAsync(engine);
        var target = await AddTargetAsync(engine, plan);

        var response = await regulator.SubmitAsync(PlansRoutes.Plan(plan),
            [new("Input.Actual", "65.2"), new("Input.Source", "2026年统计公报")], $"{PlansRoutes.Plan(plan)}?handler=Actual&target={target}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await regulator.PageAsync(PlansRoutes.Plan(plan));
        var row = page[page.IndexOf($"id=\"target-{target}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains(">65.2<", row, StringComparison.Ordinal);
        Assert.Contains("2026年统计公报", row, StringComparison.Ordinal);
        Assert.Contains(">达标<", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite, "abc", "统计公报", "Input.Actual", "实际值须为数字")]
    [InlineData(Engine.Postgres, "65", "", "Input.Source", "不能为空")]
    public async Task RecordActual_WhenFieldIsInvalid_Returns400WithTheMessageBesideTheTarget(Engine engine, string actual, string source, string field, string message)
    {
        var (regulator, plan, _, _) = await ArrangeAsync(engine);
        var target = await AddTargetAsync(engine, plan);

        var response = await regulator.SubmitAsync(PlansRoutes.Plan(plan),
            [new("Input.Actual", actual), new("Input.Source", source)], $"{PlansRoutes.Plan(plan)}?handler=Actual&target={target}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches($"data-valmsg-for=\"{field}\"[^>]*>[^<]*{message}", await response.BodyAsync());
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PlanPage_WhenCallerIsDepartmentUser_OffersNoActualForm(Engine engine)
    {
        var (_, plan, _, _) = await ArrangeAsync(engine);
        await AddTargetAsync(engine, plan);
        var commerce = await apps[engine].SignInAsync(Roles.DepartmentUser, "410000", department: TestPlans.Commerce);

        var page = await commerce.PageAsync(PlansRoutes.Plan(plan));

        Assert.Contains("森林覆盖率", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Actual", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanPages_WhenEnglishChosen_ShowEnglishLabelsAndNoResourceKeys()
    {
        var (regulator, plan, _, _) = await ArrangeAsync(Engine.Sqlite);
        var task = (await PlanPageForms.TasksAsync(regulator, plan))[0].Id;
        await regulator.SubmitAsync(PlatformRoutes.Home, [new("culture", "en"), new("returnUrl", "/")], PlatformRoutes.Culture);

        foreach (var url in new[] { PlansRoutes.Plans, PlansRoutes.Plan(plan), PlansRoutes.Task(task), PlansRoutes.Reminders, PlansRoutes.ImportPlan })
        {
            var page = await regulator.PageAsync(url);
            Assert.DoesNotMatch(@">\s*(Page|Status|Role|Standing|Result|Comparator)\.[A-Za-z]+", page);
        }

        Assert.Contains("Task board", await regulator.PageAsync(PlansRoutes.Plan(plan)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task TaskRows_WhenRequestedByHtmx_ReturnTheFragmentAndPushTheFullPageUrl(Engine engine)
    {
        var (client, plan, _, _) = await ArrangeAsync(engine);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{PlansRoutes.Plan(plan)}?handler=Rows&section=二&status=NotStarted");
        request.Headers.Add("HX-Request", "true");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        var fragment = await response.BodyAsync();
        Assert.DoesNotContain("<header", fragment, StringComparison.Ordinal);
        Assert.Contains("建立企业质量信用档案", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("开展重点产品质量整治", fragment, StringComparison.Ordinal);
        Assert.Equal($"{PlansRoutes.Plan(plan)}?section=%E4%BA%8C&status=NotStarted", response.Headers.GetValues("HX-Push-Url").Single());
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task TaskPage_WhenNamedDepartmentReportsWithAFile_ShowsTheReportInTheHistory(Engine engine)
    {
        var (task, commerce) = await ArrangeFirstTaskAsync(engine, TestPlans.Commerce);
        var form = await commerce.PageAsync(PlansRoutes.Task(task));
        Assert.Contains("id=\"report-form\"", form, StringComparison.Ordinal);

        var response = await commerce.PostMultipartAsync(PlansRoutes.Task(task), PlansRoutes.Task(task),
            [new("Input.DepartmentCode", TestPlans.Commerce), new("Input.PeriodKey", "2026-Y"), new("Input.Text", "完成专项执法部署<b>。"), new("Input.Percent", "40")],
            ("Input.Files", "执法方案.txt", "方案内容"u8.ToArray()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await commerce.PageAsync(response.Headers.Location!.OriginalString);
        var reports = page[page.IndexOf("id=\"task-reports\"", StringComparison.Ordinal)..];
        Assert.Contains("完成专项执法部署&lt;b&gt;。", reports, StringComparison.Ordinal);
        Assert.Contains("40%", reports, StringComparison.Ordinal);
        Assert.Contains("执法方案.txt", reports, StringComparison.Ordinal);
        Assert.Contains("2026年全年", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task TaskPage_WhenPercentIsOutOfRange_Returns400WithTheFieldMessage(Engine engine)
    {
        var (task, commerce) = await ArrangeFirstTaskAsync(engine, TestPlans.Commerce);

        var response = await commerce.PostMultipartAsync(PlansRoutes.Task(task), PlansRoutes.Task(task),
            [new("Input.PeriodKey", "2026-H1"), new("Input.Text", "进展"), new("Input.Percent", "150")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.BodyAsync();
        Assert.Matches("data-valmsg-for=\"Input.Percent\"[^>]*>完成进度须在 0 到 100 之间", page);
        Assert.Contains("进展</textarea>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task TaskPage_WhenDepartmentIsNotNamedByTheTask_ShowsNoFormAndRefusesAPost(Engine engine)
    {
        var (task, education) = await ArrangeFirstTaskAsync(engine, TestPlans.Education);

        var page = await education.PageAsync(PlansRoutes.Task(task));
        var response = await education.PostMultipartAsync(PlansRoutes.Task(task), PlansRoutes.Task(task),
            [new("Input.PeriodKey", "2026-H1"), new("Input.Text", "越权报送"), new("Input.Percent", "10")]);

        Assert.DoesNotContain("id=\"report-form\"", page, StringComparison.Ordinal);
        Assert.Contains("开展重点产品质量整治", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RemindersPage_WhenDeadlinePassedWithoutReport_ListsTheTask(Engine engine)
    {
        await ArrangeAsync(engine);
        await apps[engine].WithServicesAsync(s => s.GetRequiredService<SendRemindersHandler>().HandleAsync(TestContext.Current.CancellationToken));
        var industry = await apps[engine].SignInAsync(Roles.DepartmentUser, "410000", department: TestPlans.Industry);

        var page = await industry.PageAsync(PlansRoutes.Reminders);

        Assert.Contains("开展重点产品质量整治", page, StringComparison.Ordinal);
        Assert.Contains("河南省工商行政管理局", page, StringComparison.Ordinal);
        Assert.Contains("2026-07-15", page, StringComparison.Ordinal);
    }

    /// <summary>A Henan test plan imported through the API by a provincial regulator, with the document it was read from.</summary>
    private async Task<(HttpClient Regulator, Guid Plan, string Token, string Text)> ArrangeAsync(Engine engine)
    {
        var regulator = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var token = TestCodes.ChineseToken();
        var text = TestPlans.Henan(token, TestPlans.NextNumber());
        var preview = await TestPlans.ImportedAsync(regulator, text);
        return (regulator, preview.PlanId!.Value, token, text);
    }

    /// <summary>The first task of a new test plan ((一), led by the quality bureau) and a user of <paramref name="department"/>.</summary>
    private async Task<(Guid Task, HttpClient Department)> ArrangeFirstTaskAsync(Engine engine, string department)
    {
        var (regulator, plan, _, _) = await ArrangeAsync(engine);
        var task = (await PlanPageForms.TasksAsync(regulator, plan))[0].Id;
        return (task, await apps[engine].SignInAsync(Roles.DepartmentUser, "410000", department: department));
    }

    /// <summary>A target the platform does not compute, so an official records its actual value.</summary>
    private Task<Guid> AddTargetAsync(Engine engine, Guid plan) => apps[engine].WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<PlansDbContext>();
        var target = new PlanTarget
        {
            Id = Guid.CreateVersion7(), PlanId = plan, Ordinal = 99, Text = "森林覆盖率稳定在63%以上", Indicator = "森林覆盖率", IndicatorKey = "森林覆盖率",
            Comparator = "AtLeast", Value = 63, Unit = "%", Year = 2026,
        };
        db.Targets.Add(target);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return target.Id;
    });

    private static Task<HttpResponseMessage> PreviewAsync(HttpClient client, string text) =>
        client.PostMultipartAsync(PlansRoutes.ImportPlan, PlansRoutes.ImportPlan + "?handler=Preview", [new("Input.Text", text)]);
}
