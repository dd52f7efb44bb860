using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Zhixin.Inspection;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.GetDraw;
using Zhixin.Inspection.Features.VerifyDraw;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Inspection.Api;

namespace Zhixin.Tests.Inspection.Draws;

/// <summary>Allocation, the 双随机 draw from publication to verification, and the inspector roster, through the API.</summary>
public sealed class DrawApiTests(Apps apps) : IClassFixture<Apps>
{
    private const string GoldenSeed = "e8f2107997c17310fef031b6973c94eb5ed5db4cb2e2e570bec192fb0680f860";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ProposeAllocation_WhenProductsShareProducers_SpendsTheBudgetAndGivesTheHighRiskOneMore(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");

        var (_, proposal) = await DrawSetup.AllocatedAsync(app, siming, firms: 4, budget: 4, DrawSetup.Cables, DrawSetup.Paper);

        Assert.Equal(4, proposal.Plan.Plan.AllocatedBatches);
        Assert.Equal(4, proposal.Plan.Allocations.Sum(a => a.Batches));
        var high = Assert.Single(proposal.Plan.Allocations, a => a.ProductCode == DrawSetup.Cables.Code);
        var general = Assert.Single(proposal.Plan.Allocations, a => a.ProductCode == DrawSetup.Paper.Code);
        Assert.Equal(high.Producers, general.Producers);
        Assert.True(high.Batches > general.Batches, $"高风险 {high.Batches} 批，一般风险 {general.Batches} 批");
        Assert.Equal("350203", high.RegionCode);
        Assert.Contains("风险权重 3", high.Explanation, StringComparison.Ordinal);
        Assert.Equal("生产企业按其信用风险分类计（由质量信用模块评定）；尚未评分的企业按 B 类计", proposal.CreditNote);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ProposeAllocation_WhenACityPlansByCounty_MakesOneRowPerCountyWithProducers(Engine engine)
    {
        var app = apps[engine];
        var xiamen = await app.SignInAsync(Roles.Regulator, "350200");
        var trade = DrawSetup.UniqueTrade();
        var edition = await DrawSetup.EditionAsync(app, trade, DrawSetup.Cables);
        await DrawSetup.FirmsAsync(xiamen, trade, 2, "350203");
        await DrawSetup.FirmsAsync(xiamen, trade, 1, "350206");
        var plan = await DrawSetup.PlanAsync(xiamen, edition, "350200", budget: 3);

        var proposal = await DrawSetup.ProposeAsync(xiamen, plan);

        Assert.Equal(["350203", "350206"], proposal.Plan.Allocations.Select(a => a.RegionCode));
        Assert.Equal([2, 1], proposal.Plan.Allocations.Select(a => a.Batches));
        Assert.Contains(proposal.Warnings, w => w.Contains("未列入分配", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ProposeAllocation_WhenProposedAgain_ReplacesTheRows(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (plan, first) = await DrawSetup.AllocatedAsync(app, siming, firms: 2, budget: 2, DrawSetup.Cables, DrawSetup.Paper);

        var second = await DrawSetup.ProposeAsync(siming, plan, new { products = new[] { DrawSetup.Paper.Code } });

        Assert.Equal(2, first.Plan.Allocations.Count);
        var row = Assert.Single(second.Plan.Allocations);
        Assert.Equal(DrawSetup.Paper.Code, row.ProductCode);
        Assert.Equal(2, row.Batches);
        Assert.DoesNotContain(row.Id, first.Plan.Allocations.Select(a => a.Id));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task AdjustAllocation_WhenAboveTheRowsProducers_Returns400NamingTheRow(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (plan, proposal) = await DrawSetup.AllocatedAsync(app, siming, firms: 3, budget: 4, DrawSetup.Cables, DrawSetup.Paper);
        var rows = proposal.Plan.Allocations;
        var paper = rows.Single(a => a.ProductCode == DrawSetup.Paper.Code);

        var single = await siming.PutAsJsonAsync(InspectionRoutes.ApiAllocationRow(plan, paper.Id), new { batches = 4 }, Cancel);
        var bulk = await siming.PutAsJsonAsync(InspectionRoutes.ApiAllocation(plan), new[] { new { allocationId = paper.Id, batches = 4 } }, Cancel);

        var body = await SamplingApiTests.AssertFieldErrorAsync(single, "batches");
        Assert.Contains("纸制品 0703（福建省厦门市思明区）：4 批多于可抽取的生产者 3 家", body, StringComparison.Ordinal);
        await SamplingApiTests.AssertFieldErrorAsync(bulk, "[0].batches");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task AdjustAllocation_WhenWithinProducersAndBudget_StoresTheOfficialsNumber(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (plan, proposal) = await DrawSetup.AllocatedAsync(app, siming, firms: 3, budget: 4, DrawSetup.Cables, DrawSetup.Paper);
        var rows = proposal.Plan.Allocations;
        var cables = rows.Single(a => a.ProductCode == DrawSetup.Cables.Code);
        var paper = rows.Single(a => a.ProductCode == DrawSetup.Paper.Code);

        var response = await siming.PutAsJsonAsync(InspectionRoutes.ApiAllocation(plan),
            new[] { new { allocationId = cables.Id, batches = 1 }, new { allocationId = paper.Id, batches = 3 } }, Cancel);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancel));
        var view = (await response.Content.ReadFromJsonAsync<SpotCheckPlanView>(Cancel))!;
        Assert.Equal(3, view.Allocations.Single(a => a.Id == paper.Id).Batches);
        Assert.Equal(paper.ProposedBatches, view.Allocations.Single(a => a.Id == paper.Id).ProposedBatches);
        Assert.Equal(4, view.Plan.AllocatedBatches);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PublishDraw_WhenSeedGiven_ReturnsAndStoresTheSeedAndTheListingsHash(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");

        var (_, row, published) = await DrawSetup.PublishedAsync(apps[engine], siming, seed: GoldenSeed.ToUpperInvariant());

        Assert.Equal(GoldenSeed, published.Seed);
        Assert.Matches("^[0-9a-f]{64}$", published.PoolHash);
        Assert.Equal(4, published.EligibleFirms);
        Assert.True(published.Inspectors >= 2);
        var draw = await siming.GetFromJsonAsync<DrawView>(InspectionRoutes.ApiDraw(published.Id), Cancel);
        Assert.Equal(DrawStatus.Published, draw!.Status);
        Assert.Equal(GoldenSeed, draw.Seed);
        Assert.Equal(published.PoolHash, draw.PoolHash);
        Assert.Equal(published.PoolHash, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(draw.PoolListing))));
        Assert.StartsWith("zhixin-draw-v1\ncount|2\n", draw.PoolListing, StringComparison.Ordinal);
        Assert.Equal(row.Id, draw.AllocationId);
        Assert.Empty(draw.Selections);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PublishDraw_WhenNoSeedGiven_GeneratesOne(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");

        var (_, _, published) = await DrawSetup.PublishedAsync(apps[engine], siming);

        Assert.Matches("^[0-9a-f]{64}$", published.Seed);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PublishDraw_WhenSeedIsNotHex_Returns400NamingTheSeed(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var (_, row, _) = await DrawSetup.PublishedAsync(apps[engine], siming);

        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiDraws(row.Id), new { seed = new string('g', 64) }, Cancel);

        await SamplingApiTests.AssertFieldErrorAsync(response, "seed");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ExecuteDraw_WhenPublished_DrawsFirmsOfThePoolEachWithTwoDifferentInspectors(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var (_, _, published) = await DrawSetup.PublishedAsync(apps[engine], siming, firms: 5, batches: 3);

        var draw = await DrawSetup.ExecuteAsync(siming, published.Id);

        Assert.Equal(DrawStatus.Drawn, draw.Status);
        Assert.Equal([1, 2, 3], draw.Selections.Select(s => s.Position));
        var pool = DrawSetup.ListedFirms(draw.PoolListing);
        Assert.All(draw.Selections, s => Assert.Contains(s.CreditCode, pool));
        Assert.Equal(3, draw.Selections.Select(s => s.CreditCode).Distinct().Count());
        Assert.All(draw.Selections, s => Assert.NotEqual(s.FirstInspectorId, s.SecondInspectorId));
        Assert.All(draw.Selections, s => Assert.Contains('、', s.InspectorNames));
        Assert.All(draw.Selections, s => Assert.StartsWith("抽查测试企业", s.EnterpriseName, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task VerifyDraw_WhenRerunFromTheStoredSeedAndListing_Matches(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var (_, _, published) = await DrawSetup.PublishedAsync(apps[engine], siming);
        await DrawSetup.ExecuteAsync(siming, published.Id);

        var check = await siming.GetFromJsonAsync<DrawCheck>(InspectionRoutes.ApiDrawVerify(published.Id), Cancel);

        Assert.True(check!.Matches, string.Join("; ", check.Differences));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ExecuteDraw_WhenSameSeedAndListing_DrawsTheSameFirmsAndInspectors(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        await DrawSetup.InspectorAsync(siming);
        await DrawSetup.InspectorAsync(siming);
        var (_, proposal) = await DrawSetup.AllocatedAsync(app, siming, firms: 6, budget: 4, DrawSetup.Cables, DrawSetup.Wires);
        var rows = proposal.Plan.Allocations;
        Assert.Equal([2, 2], rows.Select(r => r.Batches));

        // Two products made by the same firms, with the same number of batches: the same listing, so the same draw.
        var first = await DrawSetup.PublishAsync(siming, rows[0].Id, GoldenSeed);
        var second = await DrawSetup.PublishAsync(siming, rows[1].Id, GoldenSeed);
        var one = await DrawSetup.ExecuteAsync(siming, first.Id);
        var other = await DrawSetup.ExecuteAsync(siming, second.Id);

        Assert.Equal(first.PoolHash, second.PoolHash);
        Assert.Equal(one.Selections.Select(s => (s.CreditCode, s.FirstInspectorId, s.SecondInspectorId)),
            other.Selections.Select(s => (s.CreditCode, s.FirstInspectorId, s.SecondInspectorId)));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PublishDraw_WhenTheProvinceSampledTheFirmThisYear_ExcludesItAsHigherLevel(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var fujian = await app.SignInAsync(Roles.Regulator, "350000");
        var trade = DrawSetup.UniqueTrade();
        var edition = await DrawSetup.EditionAsync(app, trade, DrawSetup.Cables);
        var firms = await DrawSetup.FirmsAsync(siming, trade, 3);
        await DrawSetup.InspectorAsync(siming);
        await DrawSetup.InspectorAsync(siming);
        var provincePlan = await DrawSetup.PlanAsync(fujian, edition, "350000", budget: 10);
        await TestInspection.SampleAsync(fujian, provincePlan, firms[0], DrawSetup.Cables.Code);
        var countyPlan = await DrawSetup.PlanAsync(siming, edition, "350203", budget: 2);
        var row = Assert.Single((await DrawSetup.ProposeAsync(siming, countyPlan)).Plan.Allocations);

        var published = await DrawSetup.PublishAsync(siming, row.Id);

        Assert.Equal(2, published.EligibleFirms);
        var draw = await siming.GetFromJsonAsync<DrawView>(InspectionRoutes.ApiDraw(published.Id), Cancel);
        var excluded = Assert.Single(draw!.Exclusions);
        Assert.Equal(firms[0], excluded.CreditCode);
        Assert.Equal("higher-level", excluded.Reason);
        Assert.Contains("福建省", excluded.Explanation, StringComparison.Ordinal);
        Assert.Contains($"excluded|{firms[0]}|higher-level\n", draw.PoolListing, StringComparison.Ordinal);
        Assert.DoesNotContain(firms[0], DrawSetup.ListedFirms(draw.PoolListing));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ExecuteDraw_WhenAlreadyMade_Returns409NamingTheRule(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var (_, _, published) = await DrawSetup.PublishedAsync(apps[engine], siming);
        await DrawSetup.ExecuteAsync(siming, published.Id);

        var response = await siming.PostAsync(InspectionRoutes.ApiDrawExecute(published.Id), null, Cancel);

        await DrawSetup.AssertRuleAsync(response, "DrawIsMadeOnce");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PublishDraw_WhenTheRowWasDrawn_Returns409AndTheProposalIsFixed(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var (plan, row, published) = await DrawSetup.PublishedAsync(apps[engine], siming);
        await DrawSetup.ExecuteAsync(siming, published.Id);

        var again = await siming.PostAsJsonAsync(InspectionRoutes.ApiDraws(row.Id), new { }, Cancel);
        var propose = await siming.PostAsJsonAsync(InspectionRoutes.ApiAllocation(plan), new { }, Cancel);
        var adjust = await siming.PutAsJsonAsync(InspectionRoutes.ApiAllocationRow(plan, row.Id), new { batches = 1 }, Cancel);

        await DrawSetup.AssertRuleAsync(again, "AllocationIsDrawnOnce");
        await DrawSetup.AssertRuleAsync(propose, "AllocationIsFixedOnceDrawsArePublished");
        await DrawSetup.AssertRuleAsync(adjust, "AllocationIsFixedOnceItsDrawIsPublished");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ExecuteDraw_WhenPublishedAgainSince_Returns409AndTheLatestIsDrawn(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var (_, row, first) = await DrawSetup.PublishedAsync(apps[engine], siming);
        var second = await DrawSetup.PublishAsync(siming, row.Id);

        var stale = await siming.PostAsync(InspectionRoutes.ApiDrawExecute(first.Id), null, Cancel);
        var latest = await DrawSetup.ExecuteAsync(siming, second.Id);

        await DrawSetup.AssertRuleAsync(stale, "OnlyTheLatestPublicationIsDrawn");
        Assert.Equal(DrawStatus.Drawn, latest.Status);
        var replaced = await siming.GetFromJsonAsync<DrawView>(InspectionRoutes.ApiDraw(first.Id), Cancel);
        Assert.Equal(DrawStatus.Superseded, replaced!.Status);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task PublishDraw_WhenTheRowHasNoBatches_Returns409NamingTheRule(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (plan, proposal) = await DrawSetup.AllocatedAsync(app, siming, firms: 2, budget: 2, DrawSetup.Cables);
        var row = Assert.Single(proposal.Plan.Allocations);
        await siming.PutAsJsonAsync(InspectionRoutes.ApiAllocationRow(plan, row.Id), new { batches = 0 }, Cancel);

        var response = await siming.PostAsJsonAsync(InspectionRoutes.ApiDraws(row.Id), new { }, Cancel);

        await DrawSetup.AssertRuleAsync(response, "DrawNeedsAllocatedBatches");
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Draw_WhenRegulatorOfAnotherCounty_Returns404OnTheDrawAnd403OnPublishing(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var huli = await app.SignInAsync(Roles.Regulator, "350206");
        var (plan, row, published) = await DrawSetup.PublishedAsync(app, siming);

        var get = await huli.GetAsync(InspectionRoutes.ApiDraw(published.Id), Cancel);
        var execute = await huli.PostAsync(InspectionRoutes.ApiDrawExecute(published.Id), null, Cancel);
        var verify = await huli.GetAsync(InspectionRoutes.ApiDrawVerify(published.Id), Cancel);
        var publish = await huli.PostAsJsonAsync(InspectionRoutes.ApiDraws(row.Id), new { }, Cancel);
        var propose = await huli.PostAsJsonAsync(InspectionRoutes.ApiAllocation(plan), new { }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, execute.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, verify.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, propose.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task AddInspector_WhenBadgeTaken_Returns400NamingTheField(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var xiamen = await apps[engine].SignInAsync(Roles.Regulator, "350200");
        var first = await DrawSetup.InspectorAsync(siming);

        var response = await xiamen.PostAsJsonAsync(InspectionRoutes.ApiInspectors,
            new { name = "王强", badgeNumber = first.BadgeNumber, regionCode = "350206" }, Cancel);

        var body = await SamplingApiTests.AssertFieldErrorAsync(response, "badgeNumber");
        Assert.Contains(first.BadgeNumber, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task AddInspector_WhenRegionOutsideTheCallersScope_Returns403(Engine engine)
    {
        var huli = await apps[engine].SignInAsync(Roles.Regulator, "350206");

        var response = await huli.PostAsJsonAsync(InspectionRoutes.ApiInspectors,
            new { name = "李娜", badgeNumber = "ZF" + TestCodes.Token(), regionCode = "350203" }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task SetInspectorActive_WhenDeactivated_LeavesTheDrawPoolAndTheListShowsIt(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var inspector = await DrawSetup.InspectorAsync(siming);

        var response = await siming.PutAsJsonAsync(InspectionRoutes.ApiInspectorActive(inspector.Id), new { active = false }, Cancel);
        var (_, _, published) = await DrawSetup.PublishedAsync(app, siming);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var inactive = await siming.GetFromJsonAsync<Zhixin.Platform.Web.Page<Zhixin.Inspection.Features.ListInspectors.InspectorView>>(
            $"{InspectionRoutes.ApiInspectors}?active=false&q={inspector.BadgeNumber}", Cancel);
        Assert.False(Assert.Single(inactive!.Items).Active);
        var draw = await siming.GetFromJsonAsync<DrawView>(InspectionRoutes.ApiDraw(published.Id), Cancel);
        Assert.DoesNotContain($"inspector|{inspector.Id}|", draw!.PoolListing, StringComparison.Ordinal);
    }
}
