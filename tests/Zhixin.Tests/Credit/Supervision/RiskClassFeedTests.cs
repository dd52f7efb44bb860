using System.Net;
using System.Net.Http.Json;
using Zhixin.Credit;
using Zhixin.Inspection;
using Zhixin.Inspection.Features.GetDraw;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Inspection.Draws;

namespace Zhixin.Tests.Credit.Supervision;

/// <summary>Grade-driven supervision: the credit module's risk classes reach the spot-check allocation and the 双随机 pool listing.</summary>
public sealed class RiskClassFeedTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PublishedPool_ListsEachFirmInItsRiskClass_UnscoredFirmsAsB(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var trade = DrawSetup.UniqueTrade();
        var edition = await DrawSetup.EditionAsync(app, trade, DrawSetup.Cables);
        var firms = await DrawSetup.FirmsAsync(siming, trade, 4);
        await DrawSetup.InspectorAsync(siming);
        await DrawSetup.InspectorAsync(siming);
        // A serious penalty holds the grade at D (risk class D); a spot check failed this year makes class C.
        await RecordAsync(siming, new { creditCode = firms[0], kind = "administrativePenalty", severity = "serious", occurredOn = "2026-06-01", title = "吊销许可证" });
        await RecordAsync(siming, new { creditCode = firms[1], kind = "spotCheckFailed", occurredOn = "2026-08-15", title = "电线电缆抽查不合格" });
        await RecordAsync(siming, new { creditCode = firms[2], kind = "qualityAward", occurredOn = "2026-01-10", title = "市长质量奖" });

        var plan = await DrawSetup.PlanAsync(siming, edition, "350203", 2);
        var proposal = await DrawSetup.ProposeAsync(siming, plan);
        var row = Assert.Single(proposal.Plan.Allocations);
        var published = await DrawSetup.PublishAsync(siming, row.Id);
        var draw = await siming.GetFromJsonAsync<DrawView>(InspectionRoutes.ApiDraw(published.Id), TestContext.Current.CancellationToken);

        Assert.Contains("信用风险分类", proposal.CreditNote, StringComparison.Ordinal);
        Assert.Contains($"firm|{firms[0]}|D|350203\n", draw!.PoolListing, StringComparison.Ordinal);
        Assert.Contains($"firm|{firms[1]}|C|350203\n", draw.PoolListing, StringComparison.Ordinal);
        // A firm with only positive records and a clean file is class A; one with no record at all is not scored: B.
        Assert.Contains($"firm|{firms[2]}|A|350203\n", draw.PoolListing, StringComparison.Ordinal);
        Assert.Contains($"firm|{firms[3]}|B|350203\n", draw.PoolListing, StringComparison.Ordinal);
    }

    private static async Task RecordAsync(HttpClient regulator, object record)
    {
        var response = await regulator.PostAsJsonAsync(CreditRoutes.ApiRecords, record, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
