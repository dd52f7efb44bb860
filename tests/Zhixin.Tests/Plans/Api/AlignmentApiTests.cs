using System.Net;
using System.Net.Http.Json;
using Zhixin.Platform.Identity;
using Zhixin.Plans;
using Zhixin.Plans.Alignment;
using Zhixin.Plans.Data;
using Zhixin.Plans.Features;
using Zhixin.Plans.Features.AlignPlans;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Plans.Api;

/// <summary>The demo comparison: the national 2012 plan against Fujian's 2012 plan, both imported from the shipped copies.</summary>
public sealed class AlignmentApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task AlignPlans_WhenNationalAgainstFujian2012_ShowsCarriedDroppedAndAdded(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350000");
        var national = await ImportSeedAsync(client, DemoPlanDocuments.National2012);
        var fujian = await ImportSeedAsync(client, DemoPlanDocuments.Fujian2012);

        var view = await client.GetFromJsonAsync<PlanAlignmentView>($"{PlansRoutes.ApiAlignment}?upper={national}&lower={fujian}", TestContext.Current.CancellationToken);

        Assert.Equal(25, view!.Rows.Count);
        var first = view.Rows[0];
        Assert.Equal(AlignmentKind.Carried, first.Kind);
        Assert.Equal("(一)", first.Lower[0].Number);
        Assert.Equal(AlignmentKind.Dropped, view.Rows.Single(r => r.UpperNumber == "(五)").Kind);
        Assert.Equal("(七)", view.Rows.Single(r => r.UpperNumber == "(八)").Lower[0].Number);
        Assert.Contains(view.LowerOnly, t => t.Number == "(十一)");
        Assert.Equal(25, view.Counts.Carried + view.Counts.Reworded + view.Counts.Dropped);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task AlignPlans_WhenSamePlanTwice_Returns400(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350000");
        var national = await ImportSeedAsync(client, DemoPlanDocuments.National2012);

        var response = await client.GetAsync($"{PlansRoutes.ApiAlignment}?upper={national}&lower={national}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>Imports a shipped document once per app; a second call finds the plan the first one stored.</summary>
    private static async Task<Guid> ImportSeedAsync(HttpClient client, string name)
    {
        var response = await TestPlans.ImportAsync(client, DemoPlanDocuments.Read(name), fileName: name);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            var preview = await (await TestPlans.ImportAsync(client, DemoPlanDocuments.Read(name), dryRun: true)).Content
                .ReadFromJsonAsync<Zhixin.Plans.Features.ImportPlan.PlanPreview>(TestContext.Current.CancellationToken);
            return preview!.DuplicateOf!.Value;
        }

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Zhixin.Plans.Features.ImportPlan.PlanPreview>(TestContext.Current.CancellationToken))!.PlanId!.Value;
    }
}
