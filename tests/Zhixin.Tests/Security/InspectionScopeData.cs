using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.NetContent;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Inspection.Statistics.Api;

namespace Zhixin.Tests.Security;

/// <summary>A 思明区 edition, plan and sampled batch of a 思明区 firm, a net-content check of the firm, an allocation row with a published draw and an inspector, written straight to the database.</summary>
/// <remarks>A second batch of the plan passed and may be published (its sampling number carries the marker too). Also tested 思明区 batches of a product of their own, whose name must not reach another county's statistics.</remarks>
internal sealed record InspectionScope(
    string EditionCode, Guid PlanId, Guid BatchId, string Marker, Guid NetContentCheckId, string ProductCode, string ProductName, Guid PublishableBatchId)
{
    /// <summary>The plan's one allocation row (电线电缆 in 思明区), its published draw and a 思明区 inspector.</summary>
    public Guid AllocationId { get; init; }

    public Guid DrawId { get; init; }

    public Guid InspectorId { get; init; }

    public string InspectorBadge { get; init; } = "";
}

internal static class InspectionScopeData
{
    public static async Task<InspectionScope> ArrangeAsync(ZhixinApp app, string firm)
    {
        var product = StatisticsData.Product();
        await StatisticsData.PlanAsync(app, [.. StatisticsData.Many(product, "350203", 3, 1)]);
        var scope = await ArrangeBatchAsync(app, firm);
        return scope with { ProductCode = product, ProductName = StatisticsData.ProductName(product) };
    }

    private static Task<InspectionScope> ArrangeBatchAsync(ZhixinApp app, string firm) => app.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<InspectionDbContext>();
        var marker = "SCOPE" + TestCodes.Token().ToUpperInvariant();
        var now = app.Clock.GetUtcNow();
        var edition = new CatalogueEdition
        {
            Id = Guid.CreateVersion7(), Code = "siming-" + TestCodes.Token(), Name = "思明区目录", IssuerRegionCode = "350203",
            EffectiveFrom = new DateOnly(2026, 1, 1), Source = "测试", CreatedAt = now, CreatedBy = "test",
        };
        edition.Products.Add(new CatalogueProduct
        {
            Id = Guid.CreateVersion7(), EditionId = edition.Id, CategoryCode = "04", CategoryName = "电子电器", Code = "0402", Name = "电线电缆",
            RiskLevel = RiskLevel.High, IndustryCodes = "C383",
        });
        var plan = new SpotCheckPlan
        {
            Id = Guid.CreateVersion7(), Code = "SM-" + TestCodes.Token(), Title = "思明区抽查计划", Kind = SpotCheckPlanKind.Annual, Year = 2026,
            OrganizerRegionCode = "350203", EditionId = edition.Id, StartsOn = new DateOnly(2026, 1, 1), EndsOn = new DateOnly(2026, 12, 31),
            BudgetBatches = 10, CreatedAt = now, CreatedBy = "test", UpdatedAt = now, UpdatedBy = "test", Revision = 1,
        };
        var batch = new SampleBatch
        {
            Id = Guid.CreateVersion7(), PlanId = plan.Id, SamplingNumber = marker, ProductCode = "0402", ProductName = "电线电缆", CategoryCode = "04",
            EnterpriseCreditCode = firm, EnterpriseName = "思明范围测试", RegionCode = "350203", FirmSize = FirmSize.Small, Channel = SamplingChannel.Production,
            Place = "仓库", SampledOn = new DateOnly(2026, 5, 1), SampleYear = 2026, SampleQuarter = 2, LotNumber = marker, SampleQuantity = 2,
            ReserveQuantity = 2, SealNumbers = "S1", Samplers = "甲、乙", CreatedAt = now, CreatedBy = "test", UpdatedAt = now, UpdatedBy = "test", Revision = 1,
        };
        decimal[] measurements = [500m, 500m, 500m, 500m, 500m];
        var result = NetContentCalculator.Evaluate(new NetContentInput(500m, "g", 5, measurements, new DateOnly(2026, 5, 1))).Value!;
        var check = new NetContentCheck
        {
            Id = Guid.CreateVersion7(), EnterpriseCreditCode = firm, EnterpriseName = "思明范围测试", RegionCode = "350203", ProductName = "思明范围测试大米",
            LotNumber = marker, CheckedOn = new DateOnly(2026, 5, 1), Nominal = 500m, Unit = "g", LotSize = 5, Measurements = NetContentViews.Store(measurements),
            Edition = result.Edition.Id, Verdict = Verdict.Pass, Calculation = NetContentJson.Write(result), CreatedAt = now, CreatedBy = "test",
        };
        var allocation = new PlanAllocation
        {
            Id = Guid.CreateVersion7(), PlanId = plan.Id, ProductCode = "0402", ProductName = "电线电缆", RegionCode = "350203", Producers = 3, Score = 9,
            ProposedBatches = 2, Batches = 2, Explanation = "测试",
        };
        plan.Allocations.Add(allocation);
        var inspector = new Inspector { Id = Guid.CreateVersion7(), Name = "思明检查员", BadgeNumber = "SM" + TestCodes.Token(), RegionCode = "350203" };
        var draw = new RandomDraw
        {
            Id = Guid.CreateVersion7(), PlanId = plan.Id, AllocationId = allocation.Id, ProductCode = "0402", RegionCode = "350203", FirmsRequested = 1,
            Seed = new string('a', 64), PoolHash = new string('b', 64), PoolListing = marker, Exclusions = "", Algorithm = "zhixin-draw-v1",
            Status = DrawStatus.Published, PublishedAt = now, PublishedBy = "test",
        };
        var publishable = new SampleBatch
        {
            Id = Guid.CreateVersion7(), PlanId = plan.Id, SamplingNumber = marker + "P", ProductCode = "0402", ProductName = "电线电缆", CategoryCode = "04",
            EnterpriseCreditCode = firm, EnterpriseName = "思明范围测试", RegionCode = "350203", FirmSize = FirmSize.Small, Channel = SamplingChannel.Production,
            Place = "仓库", SampledOn = new DateOnly(2026, 5, 1), SampleYear = 2026, SampleQuarter = 2, LotNumber = marker + "P", SampleQuantity = 2,
            ReserveQuantity = 2, SealNumbers = "S2", Samplers = "甲、乙", CreatedAt = now, CreatedBy = "test", UpdatedAt = now, UpdatedBy = "test", Revision = 1,
        };
        publishable.RecordResults("检验所", "R-" + marker, new DateOnly(2026, 6, 1),
            [new TestItemResult { Id = Guid.CreateVersion7(), BatchId = publishable.Id, Position = 1, ItemName = "导体电阻", StandardClause = "GB/T 5023.3", Verdict = Verdict.Pass }],
            now, "test");
        db.Editions.Add(edition);
        db.Plans.Add(plan);
        db.Batches.Add(batch);
        db.Batches.Add(publishable);
        db.NetContentChecks.Add(check);
        db.Inspectors.Add(inspector);
        db.Draws.Add(draw);
        await db.SaveChangesAsync();
        return new InspectionScope(edition.Code, plan.Id, batch.Id, marker, check.Id, "", "", publishable.Id)
        {
            AllocationId = allocation.Id, DrawId = draw.Id, InspectorId = inspector.Id, InspectorBadge = inspector.BadgeNumber,
        };
    });
}
