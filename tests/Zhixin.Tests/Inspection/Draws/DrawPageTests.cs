using System.Net;
using Zhixin.Inspection;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Pages;

namespace Zhixin.Tests.Inspection.Draws;

/// <summary>The plan, draw and inspector pages: what they show and what their buttons do.</summary>
public sealed class DrawPageTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PlanPages_WhenAllocated_ListThePlanAndShowItsAllocationRows(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var (plan, row, published) = await DrawSetup.PublishedAsync(apps[engine], siming);

        var list = await siming.PageAsync(InspectionRoutes.Plans);
        var detail = await siming.PageAsync(InspectionRoutes.Plan(plan));

        Assert.Contains($"href=\"{InspectionRoutes.Plan(plan)}\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"{InspectionRoutes.NewPlan}\"", list, StringComparison.Ordinal);
        Assert.Contains($"id=\"allocation-{row.Id}\"", detail, StringComparison.Ordinal);
        Assert.Contains("电线电缆", detail, StringComparison.Ordinal);
        Assert.Contains("生产企业按其信用风险分类计（由质量信用模块评定）；尚未评分的企业按 B 类计", detail, StringComparison.Ordinal);
        Assert.Contains($"href=\"{InspectionRoutes.Draw(published.Id)}\"", detail, StringComparison.Ordinal);
        Assert.Contains("data-chart=", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task NewPlanPage_WhenPosted_CreatesThePlanThroughTheHandler(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var edition = await DrawSetup.EditionAsync(app, DrawSetup.UniqueTrade(), DrawSetup.Cables);
        var code = "N-" + TestCodes.Token();

        var response = await siming.SubmitAsync(InspectionRoutes.NewPlan, new Dictionary<string, string>
        {
            ["Input.Code"] = code, ["Input.Title"] = "页面新建计划", ["Input.Kind"] = "Special", ["Input.Year"] = "2026", ["Input.RegionCode"] = "350203",
            ["Input.EditionCode"] = edition, ["Input.StartsOn"] = "2026-04-01", ["Input.EndsOn"] = "2026-10-31", ["Input.BudgetBatches"] = "12",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detail = await siming.PageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains(code, detail, StringComparison.Ordinal);
        Assert.Contains("页面新建计划", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PlanPage_WhenProposeAndPublishArePressed_ProposesThenOpensTheDraw(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var trade = DrawSetup.UniqueTrade();
        var edition = await DrawSetup.EditionAsync(app, trade, DrawSetup.Cables);
        await DrawSetup.FirmsAsync(siming, trade, 3);
        await DrawSetup.InspectorAsync(siming);
        await DrawSetup.InspectorAsync(siming);
        var plan = await DrawSetup.PlanAsync(siming, edition, "350203", budget: 2);

        var proposed = await siming.SubmitAsync(InspectionRoutes.Plan(plan), [new("RegionLevel", "county")], InspectionRoutes.Plan(plan) + "?handler=Propose");
        var detail = await siming.PageAsync(InspectionRoutes.Plan(plan));
        var row = System.Text.RegularExpressions.Regex.Match(detail, "id=\"allocation-([0-9a-f-]{36})\"").Groups[1].Value;
        var published = await siming.SubmitAsync(InspectionRoutes.Plan(plan), [], $"{InspectionRoutes.Plan(plan)}?handler=Publish&allocation={row}");

        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.NotEmpty(row);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.StartsWith(InspectionRoutes.Pages + "/draws/", published.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task DrawPage_WhenPublished_ShowsTheSeedAndHashAndTheButton(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var (_, _, published) = await DrawSetup.PublishedAsync(apps[engine], siming);

        var page = await siming.PageAsync(InspectionRoutes.Draw(published.Id));
        var listing = await siming.GetAsync(InspectionRoutes.Draw(published.Id) + "?handler=Listing", Cancel);

        Assert.Contains($"<dd class=\"code\" id=\"draw-seed\">{published.Seed}</dd>", page, StringComparison.Ordinal);
        Assert.Contains(published.PoolHash, page, StringComparison.Ordinal);
        Assert.Contains("id=\"execute-form\"", page, StringComparison.Ordinal);
        Assert.Equal(published.PoolHash, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await listing.Content.ReadAsByteArrayAsync(Cancel))));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task DrawPage_WhenExecutedAndVerified_ShowsTheFirmsTheirFormLinksAndAgreement(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var (plan, _, published) = await DrawSetup.PublishedAsync(apps[engine], siming);

        var executed = await siming.SubmitAsync(InspectionRoutes.Draw(published.Id), [], InspectionRoutes.Draw(published.Id) + "?handler=Execute");
        var page = await siming.PageAsync(InspectionRoutes.Draw(published.Id) + "?verify=true");

        Assert.Equal(HttpStatusCode.Redirect, executed.StatusCode);
        Assert.Contains("id=\"draw-selections\"", page, StringComparison.Ordinal);
        Assert.Contains($"{InspectionRoutes.NewBatch}?plan={plan}&amp;selection=", page, StringComparison.Ordinal);
        Assert.Contains(">一致</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"execute-form\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task InspectorPage_WhenAddedAndDeactivated_ListsTheInspectorAsInactive(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var badge = "ZF" + TestCodes.Token();

        var added = await siming.SubmitAsync(InspectionRoutes.Inspectors, new Dictionary<string, string>
        {
            ["Input.Name"] = "张伟", ["Input.BadgeNumber"] = badge, ["Input.RegionCode"] = "350203", ["Input.DepartmentName"] = "执法稽查科",
        }, InspectionRoutes.Inspectors + "?handler=Add");
        var listed = await siming.PageAsync(InspectionRoutes.Inspectors + "?q=" + badge);
        var id = System.Text.RegularExpressions.Regex.Match(listed, "inspector=([0-9a-f-]{36})").Groups[1].Value;
        var deactivated = await siming.SubmitAsync(InspectionRoutes.Inspectors, [], $"{InspectionRoutes.Inspectors}?handler=Active&inspector={id}&active=false");
        var inactive = await siming.PageAsync(InspectionRoutes.Inspectors + "?active=false&q=" + badge);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(badge, listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.Contains(badge, inactive, StringComparison.Ordinal);
        Assert.Contains("不在岗", inactive, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task InspectorPage_WhenBadgeTaken_ShowsTheErrorBesideTheField(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var existing = await DrawSetup.InspectorAsync(siming);

        var response = await siming.SubmitAsync(InspectionRoutes.Inspectors, new Dictionary<string, string>
        {
            ["Input.Name"] = "张伟", ["Input.BadgeNumber"] = existing.BadgeNumber, ["Input.RegionCode"] = "350203",
        }, InspectionRoutes.Inspectors + "?handler=Add");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"执法证号 {existing.BadgeNumber} 已登记", await response.BodyAsync(), StringComparison.Ordinal);
    }
}
