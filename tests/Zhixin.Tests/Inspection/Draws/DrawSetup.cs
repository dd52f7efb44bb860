using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.GetDraw;
using Zhixin.Inspection.Features.ListInspectors;
using Zhixin.Inspection.Features.ProposeAllocation;
using Zhixin.Inspection.Features.PublishDraw;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Inspection.Api;

namespace Zhixin.Tests.Inspection.Draws;

/// <summary>A product of a test edition: its code, name and risk level.</summary>
internal sealed record TestProduct(string Code, string Name, RiskLevel Risk);

/// <summary>
/// Editions whose products share a trade (GB/T 4754 class) no other test uses, so the producers a test counts and the
/// firms it draws from are exactly the ones it registered.
/// </summary>
internal static class DrawSetup
{
    public static readonly TestProduct Cables = new("0402", "电线电缆", RiskLevel.High);
    public static readonly TestProduct Paper = new("0703", "纸制品", RiskLevel.General);
    public static readonly TestProduct Wires = new("0403", "电源线组件", RiskLevel.High);

    /// <summary>Manufacturing divisions C13–C43, less C24 and C38, whose classes other tests' firms carry.</summary>
    private static readonly int[] Divisions = [.. Enumerable.Range(13, 31).Where(d => d is not 24 and not 38)];

    private static int next = Random.Shared.Next(10_000);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A four-digit GB/T 4754 class of manufacturing no other test of this run holds.</summary>
    public static string UniqueTrade()
    {
        var n = Interlocked.Increment(ref next) % (Divisions.Length * 100);
        return $"C{Divisions[n / 100]}{n % 100:00}";
    }

    public static Task<string> EditionAsync(ZhixinApp app, string trade, params TestProduct[] products) => app.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<InspectionDbContext>();
        var code = "d-" + TestCodes.Token();
        var edition = new CatalogueEdition
        {
            Id = Guid.CreateVersion7(), Code = code, Name = "抽取测试目录 " + code, IssuerRegionCode = "000000",
            EffectiveFrom = new DateOnly(2026, 1, 1), Source = "测试", CreatedAt = app.Clock.GetUtcNow(), CreatedBy = "test",
        };
        foreach (var product in products)
        {
            edition.Products.Add(new CatalogueProduct
            {
                Id = Guid.CreateVersion7(), EditionId = edition.Id, CategoryCode = product.Code[..2], CategoryName = "测试类别", Code = product.Code,
                Name = product.Name, RiskLevel = product.Risk, IndustryCodes = trade,
            });
        }

        db.Editions.Add(edition);
        await db.SaveChangesAsync();
        return code;
    });

    public static async Task<Guid> PlanAsync(HttpClient regulator, string edition, string region, int budget)
    {
        var code = "D-" + TestCodes.Token();
        var response = await regulator.PostAsJsonAsync(InspectionRoutes.ApiPlans, new
        {
            code, title = "双随机测试计划 " + code, kind = "Annual", year = 2026, regionCode = region, editionCode = edition,
            startsOn = "2026-03-01", endsOn = "2026-12-31", budgetBatches = budget,
        }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SpotCheckPlanSummary>(Cancel))!.Id;
    }

    public static async Task<List<string>> FirmsAsync(HttpClient regulator, string trade, int count, string region = "350203")
    {
        var firms = new List<string>();
        for (var i = 0; i < count; i++)
        {
            firms.Add(await TestInspection.FirmAsync(regulator, region, trade));
        }

        return firms;
    }

    public static async Task<InspectorView> InspectorAsync(HttpClient regulator, string region = "350203")
    {
        var response = await regulator.PostAsJsonAsync(InspectionRoutes.ApiInspectors, new
        {
            name = "检查员" + TestCodes.ChineseToken()[..3], badgeNumber = "ZF" + TestCodes.Token(), regionCode = region, departmentName = "稽查支队",
        }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<InspectorView>(Cancel))!;
    }

    public static async Task<AllocationProposal> ProposeAsync(HttpClient regulator, Guid plan, object? body = null)
    {
        var response = await regulator.PostAsJsonAsync(InspectionRoutes.ApiAllocation(plan), body ?? new { }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<AllocationProposal>(Cancel))!;
    }

    public static async Task<PublishedDraw> PublishAsync(HttpClient regulator, Guid allocation, string? seed = null)
    {
        var response = await regulator.PostAsJsonAsync(InspectionRoutes.ApiDraws(allocation), new { seed }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<PublishedDraw>(Cancel))!;
    }

    public static async Task<DrawView> ExecuteAsync(HttpClient regulator, Guid draw)
    {
        var response = await regulator.PostAsync(InspectionRoutes.ApiDrawExecute(draw), null, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<DrawView>(Cancel))!;
    }

    /// <summary>A 思明区 plan of <paramref name="budget"/> batches on a fresh trade with <paramref name="firms"/> producers of <paramref name="products"/>, its allocation proposed.</summary>
    public static async Task<(Guid Plan, AllocationProposal Proposal)> AllocatedAsync(ZhixinApp app, HttpClient siming, int firms, int budget, params TestProduct[] products)
    {
        var trade = UniqueTrade();
        var edition = await EditionAsync(app, trade, products);
        await FirmsAsync(siming, trade, firms);
        var plan = await PlanAsync(siming, edition, "350203", budget);
        return (plan, await ProposeAsync(siming, plan));
    }

    /// <summary>
    /// A 思明区 plan on a fresh trade with <paramref name="firms"/> producers, two more inspectors and one product allocated
    /// <paramref name="batches"/> batches, its draw published: what most draw tests start from.
    /// </summary>
    public static async Task<(Guid Plan, AllocationView Row, PublishedDraw Draw)> PublishedAsync(ZhixinApp app, HttpClient siming, int firms = 4, int batches = 2, string? seed = null)
    {
        await InspectorAsync(siming);
        await InspectorAsync(siming);
        var (plan, proposal) = await AllocatedAsync(app, siming, firms, batches, Cables);
        var row = Assert.Single(proposal.Plan.Allocations);
        Assert.Equal(batches, row.Batches);
        return (plan, row, await PublishAsync(siming, row.Id, seed));
    }

    /// <summary>A 409 whose problem names <paramref name="rule"/>.</summary>
    public static async Task AssertRuleAsync(HttpResponseMessage response, string rule)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, body);
        Assert.Contains($"\"rule\":\"{rule}\"", body, StringComparison.Ordinal);
    }

    /// <summary>The firm lines of a canonical listing: firm|CREDITCODE|CLASS|REGION.</summary>
    public static IReadOnlyList<string> ListedFirms(string listing) =>
        [.. listing.Split('\n').Where(l => l.StartsWith("firm|", StringComparison.Ordinal)).Select(l => l.Split('|')[1])];
}
