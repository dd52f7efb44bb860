using System.Net;
using System.Net.Http.Json;
using Zhixin.Platform.Identity;
using Zhixin.Plans;
using Zhixin.Plans.Features;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Plans.Api;

public sealed class ScheduleApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task SetSchedule_WhenQuarterlyOverTwoYears_ListsEightDeadlines(Engine engine)
    {
        var regulator = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var preview = await TestPlans.ImportedAsync(regulator, TestPlans.Henan(TestCodes.ChineseToken(), TestPlans.NextNumber()));

        var response = await regulator.PutAsJsonAsync(PlansRoutes.ApiSchedule(preview.PlanId!.Value),
            new { startsOn = "2026-01-01", endsOn = "2027-12-31", kind = "quarterly" }, TestContext.Current.CancellationToken);
        var plan = await regulator.GetFromJsonAsync<PlanDetails>(PlansRoutes.ApiPlan(preview.PlanId.Value), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(8, plan!.ReportingPeriods.Count);
        Assert.Equal(new DateOnly(2026, 4, 15), plan.ReportingPeriods[0].DueOn);
        Assert.Equal(new DateOnly(2028, 1, 15), plan.ReportingPeriods[^1].DueOn);
    }

    [Theory]
    [InlineData(Engine.Sqlite, "custom", "13-40", "deadlines")]
    [InlineData(Engine.Postgres, "weekly", null, "kind")]
    public async Task SetSchedule_WhenInvalid_Returns400NamingTheField(Engine engine, string kind, string? deadline, string field)
    {
        var regulator = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var preview = await TestPlans.ImportedAsync(regulator, TestPlans.Henan(TestCodes.ChineseToken(), TestPlans.NextNumber()));

        var response = await regulator.PutAsJsonAsync(PlansRoutes.ApiSchedule(preview.PlanId!.Value),
            new { kind, deadlines = deadline is null ? null : new[] { deadline } }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
