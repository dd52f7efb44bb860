using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Security;

/// <summary>
/// A 思明区 edition, plan and sampled batch of a 思明区 firm, written straight to the database; and a second batch of the
/// plan that passed and may be published (its sampling number carries the marker too).
/// </summary>
internal sealed record InspectionScope(string EditionCode, Guid PlanId, Guid BatchId, string Marker, Guid PublishableBatchId);

internal static class InspectionScopeData
{
    public static Task<InspectionScope> ArrangeAsync(ZhixinApp app, string firm) => app.WithServicesAsync(async services =>
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
        await db.SaveChangesAsync();
        return new InspectionScope(edition.Code, plan.Id, batch.Id, marker, publishable.Id);
    });
}
