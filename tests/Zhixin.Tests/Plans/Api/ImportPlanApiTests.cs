using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Platform.Identity;
using Zhixin.Plans;
using Zhixin.Plans.Data;
using Zhixin.Plans.Features;
using Zhixin.Plans.Features.ImportPlan;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Plans.Api;

public sealed class ImportPlanApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPlan_WhenValid_StoresSectionsTasksAndDepartmentsByRole(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var token = TestCodes.ChineseToken();

        var preview = await TestPlans.ImportedAsync(client, TestPlans.Henan(token, TestPlans.NextNumber()));
        var plan = await client.GetFromJsonAsync<PlanDetails>(PlansRoutes.ApiPlan(preview.PlanId!.Value), TestContext.Current.CancellationToken);
        var tasks = await client.GetFromJsonAsync<Zhixin.Platform.Web.Page<TaskSummary>>(PlansRoutes.ApiTasks(preview.PlanId.Value), TestContext.Current.CancellationToken);

        Assert.Equal("410000", plan!.Plan.RegionCode);
        Assert.Equal(["一", "二"], plan.Sections.Select(s => s.Number));
        Assert.Equal(["(一)", "(二)", "(三)"], tasks!.Items.Select(t => t.Number));
        var first = tasks.Items[0];
        Assert.Equal("开展重点产品质量整治", first.Title);
        Assert.Equal(["ha.qts"], first.Departments.Where(d => d.Role == Zhixin.Plans.Domain.AssignmentRole.Lead).Select(d => d.DepartmentCode));
        Assert.Equal(["ha.commerce", "ha.aic"], first.Departments.Where(d => d.Role == Zhixin.Plans.Domain.AssignmentRole.Participant).Select(d => d.DepartmentCode));
        Assert.Equal(["ha.qts", "ha.education"], tasks.Items[1].Departments.Where(d => d.Role == Zhixin.Plans.Domain.AssignmentRole.Responsible).Select(d => d.DepartmentCode));
        Assert.Equal(new DateOnly(2026, 1, 1), plan.StartsOn);
        Assert.Equal(["2026-H1", "2026-Y"], plan.ReportingPeriods.Select(p => p.Key));
        Assert.Equal([new DateOnly(2026, 7, 15), new DateOnly(2027, 1, 15)], plan.ReportingPeriods.Select(p => p.DueOn));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPlan_WhenDepartmentMatchesNone_CreatesItFlaggedForReview(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var token = TestCodes.ChineseToken();

        var preview = await TestPlans.ImportedAsync(client, TestPlans.Henan(token, TestPlans.NextNumber()));
        var tasks = await client.GetFromJsonAsync<Zhixin.Platform.Web.Page<TaskSummary>>(PlansRoutes.ApiTasks(preview.PlanId!.Value), TestContext.Current.CancellationToken);

        var created = Assert.Single(preview.Departments, d => d.IsNew);
        Assert.Equal($"省质量发展促进中心{token}", created.NameAsWritten);
        var assigned = Assert.Single(tasks!.Items[2].Departments, d => d.Role == Zhixin.Plans.Domain.AssignmentRole.Participant);
        Assert.True(assigned.NeedsReview);
        Assert.StartsWith("review.410000.", assigned.DepartmentCode, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPlan_WhenDryRun_ShowsThePreviewAndStoresNothing(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var text = TestPlans.Henan(TestCodes.ChineseToken(), TestPlans.NextNumber());

        var response = await TestPlans.ImportAsync(client, text, dryRun: true);
        var preview = await response.Content.ReadFromJsonAsync<PlanPreview>(TestContext.Current.CancellationToken);
        var again = await TestPlans.ImportAsync(client, text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(preview!.PlanId);
        Assert.Equal(3, preview.Tasks.Count);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPlan_WhenSameDocumentTwice_Returns409AndKeepsOnePlan(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var text = TestPlans.Henan(TestCodes.ChineseToken(), TestPlans.NextNumber());
        var first = await TestPlans.ImportedAsync(client, text);

        var second = await TestPlans.ImportAsync(client, text, fileName: "renamed.txt");
        var dryRun = await (await TestPlans.ImportAsync(client, text, dryRun: true)).Content.ReadFromJsonAsync<PlanPreview>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("PlanImportedOnce", await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(first.PlanId, dryRun!.DuplicateOf);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPlan_WhenSameNumberReworded_Returns409(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var number = TestPlans.NextNumber();
        await TestPlans.ImportedAsync(client, TestPlans.Henan(TestCodes.ChineseToken(), number));

        var second = await TestPlans.ImportAsync(client, TestPlans.Henan(TestCodes.ChineseToken(), number));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("PlanDocumentNumberIsUnique", await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPlan_WhenGb18030Encoded_ReadsTheSameTasks(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = TestPlans.Henan(TestCodes.ChineseToken(), TestPlans.NextNumber());

        var response = await TestPlans.ImportAsync(client, Encoding.GetEncoding("GB18030").GetBytes(text), dryRun: true);
        var preview = await response.Content.ReadFromJsonAsync<PlanPreview>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, preview!.Tasks.Count);
        Assert.Equal("开展重点产品质量整治", preview.Tasks[0].Title);
    }

    [Theory]
    [InlineData(Engine.Sqlite, "")]
    [InlineData(Engine.Postgres, "")]
    [InlineData(Engine.Sqlite, "这是一份没有任何条目的说明文字。\n只有两段话。")]
    [InlineData(Engine.Postgres, "这是一份没有任何条目的说明文字。\n只有两段话。")]
    public async Task ImportPlan_WhenNoItemsCanBeRead_Returns400AndStoresNothing(Engine engine, string text)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var before = await CountPlansAsync(apps[engine]);

        var response = await TestPlans.ImportAsync(client, text);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"file\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(before, await CountPlansAsync(apps[engine]));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPlan_WhenPlanIsOfAnotherProvince_Returns403(Engine engine)
    {
        var fujian = await apps[engine].SignInAsync(Roles.Regulator, "350000");

        var response = await TestPlans.ImportAsync(fujian, TestPlans.Henan(TestCodes.ChineseToken(), TestPlans.NextNumber()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPlan_WhenCallerIsDepartmentUser_Returns403(Engine engine)
    {
        var commerce = await apps[engine].SignInAsync(Roles.DepartmentUser, "410000", department: TestPlans.Commerce);

        var response = await TestPlans.ImportAsync(commerce, TestPlans.Henan(TestCodes.ChineseToken(), TestPlans.NextNumber()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPlan_WhenSeedDryRun_ReadsTheNationalPlanWithTranslations(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350000");

        var response = await TestPlans.ImportAsync(client, DemoPlanDocuments.Read(DemoPlanDocuments.National2012), dryRun: true);
        var preview = await response.Content.ReadFromJsonAsync<PlanPreview>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("000000", preview!.Jurisdiction);
        Assert.Equal(8, preview.Sections.Count);
        Assert.Equal(25, preview.Tasks.Count);
        Assert.All(preview.Tasks, t => Assert.False(string.IsNullOrEmpty(t.Translation)));
        Assert.DoesNotContain(preview.Departments, d => d.IsNew);
    }

    private static Task<int> CountPlansAsync(Infrastructure.ZhixinApp app) =>
        app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PlansDbContext>();
            return await db.Plans.CountAsync(TestContext.Current.CancellationToken);
        });
}
