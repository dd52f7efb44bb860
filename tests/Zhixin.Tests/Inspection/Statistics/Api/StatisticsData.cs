using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Platform.Scoping;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Inspection.Statistics.Api;

/// <summary>A batch to write: its product, the firm's county, the verdict (null = not yet tested) and when it was sampled.</summary>
internal sealed record TestBatch(
    string Product,
    string Region,
    Verdict? Verdict,
    string? Firm = null,
    int Year = 2026,
    int Quarter = 2,
    SamplingChannel Channel = SamplingChannel.Production,
    FirmSize Size = FirmSize.Small,
    bool Voided = false);

/// <summary>
/// Spot-check data written straight to the database in a system scope: a catalogue edition, a plan of the test's own
/// and its batches. Every test filters by its own plan (or product codes), so tests sharing a database do not meet.
/// </summary>
internal static class StatisticsData
{
    public const string Category = "04";

    /// <summary>A fresh product code (at most 10 characters).</summary>
    public static string Product() => "T" + TestCodes.Token()[..9];

    /// <summary>The name the batches of a product carry.</summary>
    public static string ProductName(string product) => "产品" + product;

    public static async Task<Guid> PlanAsync(ZhixinApp app, params TestBatch[] batches)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = SystemScope.Create(app.Services, "test");
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var now = app.Clock.GetUtcNow();
        var token = TestCodes.Token();
        var edition = new CatalogueEdition
        {
            Id = Guid.CreateVersion7(),
            Code = "test-" + token,
            Name = "测试目录",
            IssuerRegionCode = "350000",
            EffectiveFrom = new DateOnly(2025, 1, 1),
            Source = "测试",
            CreatedAt = now,
            CreatedBy = "test",
        };
        var plan = new SpotCheckPlan
        {
            Id = Guid.CreateVersion7(),
            Code = "T-" + token,
            Title = "统计测试计划",
            Kind = SpotCheckPlanKind.Annual,
            Year = 2026,
            OrganizerRegionCode = "350000",
            EditionId = edition.Id,
            StartsOn = new DateOnly(2025, 1, 1),
            EndsOn = new DateOnly(2026, 12, 31),
            BudgetBatches = 1000,
            CreatedAt = now,
            CreatedBy = "test",
            UpdatedAt = now,
            UpdatedBy = "test",
            Revision = 1,
        };
        foreach (var product in batches.Select(b => b.Product).Distinct())
        {
            edition.Products.Add(new CatalogueProduct
            {
                Id = Guid.CreateVersion7(),
                EditionId = edition.Id,
                CategoryCode = Category,
                CategoryName = "电工及材料产品",
                Code = product,
                Name = ProductName(product),
                RiskLevel = RiskLevel.High,
                IndustryCodes = "C38",
            });
        }

        db.Editions.Add(edition);
        db.Plans.Add(plan);
        db.Batches.AddRange(batches.Select(b => Batch(plan.Id, b, now)));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return plan.Id;
    }

    /// <summary><paramref name="count"/> batches of one product in one county, <paramref name="failed"/> of them failed, each from its own firm.</summary>
    public static IEnumerable<TestBatch> Many(string product, string region, int count, int failed, int year = 2026) =>
        Enumerable.Range(0, count).Select(i => new TestBatch(product, region, i < failed ? Verdict.Fail : Verdict.Pass, Year: year));

    private static SampleBatch Batch(Guid planId, TestBatch b, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        PlanId = planId,
        SamplingNumber = "S" + Guid.NewGuid().ToString("N")[..20],
        ProductCode = b.Product,
        ProductName = ProductName(b.Product),
        CategoryCode = Category,
        EnterpriseCreditCode = b.Firm ?? TestCodes.CreditCode(b.Region),
        EnterpriseName = "测试企业",
        RegionCode = b.Region,
        FirmSize = b.Size,
        Channel = b.Channel,
        Place = "测试地点",
        SampledOn = new DateOnly(b.Year, (b.Quarter * 3) - 1, 15),
        SampleYear = b.Year,
        SampleQuarter = b.Quarter,
        LotNumber = "L1",
        SampleQuantity = 2,
        ReserveQuantity = 2,
        SealNumbers = "F1",
        Samplers = "甲、乙",
        Verdict = b.Verdict,
        ResultIssuedOn = b.Verdict is null ? null : new DateOnly(b.Year, (b.Quarter * 3) - 1, 28),
        CreatedAt = now,
        CreatedBy = "test",
        UpdatedAt = now,
        UpdatedBy = "test",
        Revision = 1,
        VoidedAt = b.Voided ? now : null,
        VoidedBy = b.Voided ? "test" : null,
        VoidReason = b.Voided ? "测试作废" : null,
    };
}
