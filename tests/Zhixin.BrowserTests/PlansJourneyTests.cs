using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zhixin.Plans;

namespace Zhixin.BrowserTests;

/// <summary>
/// A provincial official's round of the plans module in a real browser: open the Henan plan, narrow the board to
/// one department, report progress on a task with a file, then import a new plan by pasting its text.
/// </summary>
public sealed partial class PlansJourneyTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private const string HenanPlan = "贯彻实施质量发展纲要2014年行动计划实施方案";

    private readonly BrowserSession session = new();

    private BrowserApp App => session.App;

    private IPage Page => session.Page;

    public ValueTask InitializeAsync() => new(session.StartAsync(chromium));

    public ValueTask DisposeAsync() => session.DisposeAsync();

    [Fact]
    public async Task Regulator_WhenReportingOnATaskAndImportingAPlan_SeesTheReportAndTheNewPlan()
    {
        await session.SignInAsync("henan");

        // From the navigation to the Henan plan, then the board narrowed to the commerce department.
        await Page.ClickAsync(".mainnav a:has-text('行动计划督办')");
        await Page.WaitForURLAsync(url => url.EndsWith(PlansRoutes.Plans, StringComparison.Ordinal));
        await Page.ClickAsync($"#plans a:text-is('{HenanPlan}')");
        await Page.WaitForURLAsync(PlanUrl());
        Assert.Equal(HenanPlan, await Page.InnerTextAsync("h1"));
        var foodSafety = Page.Locator("#plan-tasks a", new PageLocatorOptions { HasText = "加强食品农产品质量安全监管" });
        await foodSafety.WaitForAsync();

        await Page.SelectOptionAsync("#department", "ha.commerce");
        await Page.WaitForURLAsync(url => url.Contains("department=ha.commerce", StringComparison.Ordinal));
        await foodSafety.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        var consumerGoods = Page.Locator("#plan-tasks a", new PageLocatorOptions { HasText = "加强消费品等重点产品质量安全监管" });
        await consumerGoods.ClickAsync();

        // Report for the commerce department with an attachment; the report shows in the history.
        await Page.WaitForURLAsync(TaskUrl());
        var token = Guid.NewGuid().ToString("N")[..8];
        var file = Path.Combine(App.Directory, "进展说明.txt");
        await File.WriteAllTextAsync(file, "商务厅专项检查进展。", TestContext.Current.CancellationToken);
        await Page.SelectOptionAsync("#Input_DepartmentCode", "ha.commerce");
        await Page.SelectOptionAsync("#Input_PeriodKey", "2014-Y");
        await Page.FillAsync("#Input_Text", $"全年专项检查已完成，编号{token}。");
        await Page.FillAsync("#Input_Percent", "80");
        await Page.SetInputFilesAsync("#Input_Files", file);
        await Page.ClickAsync("#report-form button[type=submit]");
        var report = Page.Locator("#task-reports tbody tr", new PageLocatorOptions { HasText = token });
        await report.WaitForAsync();
        var row = await report.InnerTextAsync();
        Assert.Contains("河南省商务厅", row, StringComparison.Ordinal);
        Assert.Contains("80%", row, StringComparison.Ordinal);
        Assert.Contains("进展说明.txt", row, StringComparison.Ordinal);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "task-reported.png"), FullPage = true });

        // Import a new plan by pasting its text: the preview lists its tasks, the confirmation opens the plan.
        await Page.GotoAsync(App.BaseUrl + PlansRoutes.Plans);
        await Page.ClickAsync($".toolbar a[href='{PlansRoutes.ImportPlan}']");
        await Page.FillAsync("#Input_Text", PlanText(token));
        await Page.ClickAsync("#import-form button[type=submit]");
        var previewTasks = Page.Locator("#preview-tasks tbody tr");
        await previewTasks.First.WaitForAsync();
        Assert.Equal(2, await previewTasks.CountAsync());
        Assert.Contains("推进标准化示范建设", await Page.InnerTextAsync("#preview-tasks"), StringComparison.Ordinal);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "plan-preview.png"), FullPage = true });
        await Page.ClickAsync("#confirm-form button[type=submit]");
        await Page.WaitForURLAsync(PlanUrl());
        Assert.Equal($"浏览器测试{token}质量工作2026年行动计划", await Page.InnerTextAsync("h1"));
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "plan-imported.png"), FullPage = true });
    }

    /// <summary>A small Henan plan of two tasks, unique by its token and document number.</summary>
    private static string PlanText(string token) => $"""
        河南省人民政府办公厅关于印发浏览器测试{token}质量工作2026年行动计划的通知
        豫政办〔2026〕{(5000 + Random.Shared.Next(4000)).ToString(CultureInfo.InvariantCulture)}号
        各省辖市人民政府，省人民政府各部门：
        现将《浏览器测试{token}质量工作2026年行动计划》印发给你们，请认真贯彻执行。
        河南省人民政府办公厅
        2026年2月3日
        浏览器测试{token}质量工作2026年行动计划
        一、夯实质量基础
        （一）推进标准化示范建设。培育一批标准化示范企业。（省质监局牵头，省工业和信息化厅参加）
        （二）加强计量能力建设。完善重点行业计量测试服务。（省质监局、省商务厅负责）
        """;

    [GeneratedRegex(@"/plans/[0-9a-f-]{36}$")]
    private static partial Regex PlanUrl();

    [GeneratedRegex(@"/plans/tasks/[0-9a-f-]{36}(#reports)?$")]
    private static partial Regex TaskUrl();
}
