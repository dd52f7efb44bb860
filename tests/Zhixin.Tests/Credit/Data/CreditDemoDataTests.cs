using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Modules;
using Zhixin.Platform.Pages.Support;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Pages;

namespace Zhixin.Tests.Credit.Data;

/// <summary>The credit demo on the demo register: every grade shows, every file is scored, objections and repairs in each state, and a second run adds nothing.</summary>
public sealed class CreditDemoDataTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Seed_OnTheDemoRegister_ScoresEveryFileAndShowsAllFourGrades(Engine engine)
    {
        var app = apps[engine];
        await SeedAsync(app);

        var (records, firmsWithRecords, grades, current) = await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<CreditDbContext>();
            var records = await db.Records.CountAsync(Cancel);
            var firms = await db.Records.Select(r => r.EnterpriseCreditCode).Distinct().CountAsync(Cancel);
            var grades = await db.Assessments.Where(a => a.IsCurrent).GroupBy(a => a.Grade).Select(g => g.Key).ToListAsync(Cancel);
            var current = await db.Assessments.CountAsync(a => a.IsCurrent, Cancel);
            return (records, firms, grades, current);
        });
        Assert.Equal([CreditGrade.A, CreditGrade.B, CreditGrade.C, CreditGrade.D], grades.Order());
        Assert.Equal(firmsWithRecords, current);
        Assert.True(firmsWithRecords >= 100, $"{firmsWithRecords} firms");
        Assert.True(records >= 3 * firmsWithRecords, $"{records} records");

        await SeedAsync(app);

        Assert.Equal(records, await app.WithServicesAsync(s => s.GetRequiredService<CreditDbContext>().Records.CountAsync(Cancel)));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Seed_ForTheDemoEnterpriseAccount_GivesAGradeBWithSomethingToExplain(Engine engine)
    {
        var app = apps[engine];
        await SeedAsync(app);
        var demoFirm = DemoAccounts.All.Single(a => a.Role == Roles.EnterpriseUser).Enterprise!;

        var enterprise = await app.SignInAsync(Roles.EnterpriseUser, enterprise: demoFirm);
        var file = await Api.TestCredit.FileAsync(enterprise, demoFirm);

        Assert.Equal(("B", 90m), (file.Current!.Grade, file.Current.Score));
        Assert.Contains(file.Records, r => r.Kind == "administrativePenalty" && r.Severity == "general");
        Assert.Contains(file.Current.Lines, l => l.Rule == "N3");
        Assert.Contains(file.Outlook, o => o.Grade == "A" && o.From is not null);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Seed_OnTheDemoFiles_ListsFirmsAtEveryStepOnTheirOwnRecords(Engine engine)
    {
        var app = apps[engine];
        await SeedAsync(app);
        var today = ChinaTime.Today(app.Clock);

        var (listings, grounds, grades) = await ListingsAsync(app);

        Assert.Equal(
            [(CreditListKind.Red, ListingStatus.Listed), (CreditListKind.Red, ListingStatus.Expired), (CreditListKind.Black, ListingStatus.Noticed),
                (CreditListKind.Black, ListingStatus.Listed), (CreditListKind.Black, ListingStatus.RemovedEarly)],
            listings.Select(l => (l.Kind, l.StatusOn(today))).Order());
        Assert.Equal(5, listings.Select(l => l.EnterpriseCreditCode).Distinct().Count());
        // Each rests on a record of its own firm, dated before the proposal: a serious penalty for the black list, an honour for the red.
        Assert.All(listings, l =>
        {
            var ground = grounds[Assert.Single(l.GroundRecordIds)];
            Assert.Equal(l.EnterpriseCreditCode, ground.EnterpriseCreditCode);
            Assert.True(ground.OccurredOn < DateOnly.FromDateTime(l.ProposedAt.UtcDateTime), $"{ground.OccurredOn} {l.ProposedAt}");
            Assert.Equal(l.Kind == CreditListKind.Black, ground.Kind == CreditRecordKind.AdministrativePenalty && ground.Severity == RecordSeverity.Serious);
            Assert.StartsWith("35", l.RegionCode, StringComparison.Ordinal);
        });

        var inForce = listings.Single(l => l.Kind == CreditListKind.Black && l.InForceOn(today));
        Assert.Equal(CreditGrade.D, grades[inForce.EnterpriseCreditCode]);
        Assert.Equal(CreditGrade.A, grades[listings.Single(l => l.Kind == CreditListKind.Red && l.InForceOn(today)).EnterpriseCreditCode]);
        var noticed = listings.Single(l => l.Status == ListingStatus.Noticed);
        Assert.True(noticed.DecisionAllowedFrom <= today, $"decision allowed from {noticed.DecisionAllowedFrom}");
        var removed = listings.Single(l => l.Status == ListingStatus.RemovedEarly);
        Assert.InRange(removed.EndedOn!.Value, removed.EarlyRemovalFrom!.Value, today);
        Assert.NotNull(removed.EndReason);
        Assert.All(listings.Where(l => l.ListedAt is not null), l => Assert.True(l.NoticeServedOn < l.DecisionAllowedFrom && l.DecisionAllowedFrom <= l.ListedFrom));

        await SeedAsync(app);

        Assert.Equal(listings.Count, (await ListingsAsync(app)).Listings.Count);
    }

    /// <summary>Every listing, the records they rest on by id, and the current grade of each listed firm.</summary>
    private static Task<(List<CreditListing> Listings, Dictionary<Guid, CreditRecord> Grounds, Dictionary<string, CreditGrade> Grades)> ListingsAsync(ZhixinApp app) =>
        app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<CreditDbContext>();
            var listings = await db.Listings.AsNoTracking().ToListAsync(Cancel);
            var ids = listings.SelectMany(l => l.GroundRecordIds).ToList();
            var codes = listings.Select(l => l.EnterpriseCreditCode).ToList();
            var grounds = await db.Records.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, Cancel);
            var grades = await db.Assessments.AsNoTracking().Where(a => a.IsCurrent && codes.Contains(a.EnterpriseCreditCode))
                .ToDictionaryAsync(a => a.EnterpriseCreditCode, a => a.Grade, Cancel);
            return (listings, grounds, grades);
        });

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Seed_GivesObjectionsAndRepairsInEachState_AndTheDemoFirmSeesItsOwn(Engine engine)
    {
        var app = apps[engine];
        await SeedAsync(app);
        var demoFirm = DemoAccounts.All.Single(a => a.Role == Roles.EnterpriseUser).Enterprise!;

        var (objections, repairs, repaired) = await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<CreditDbContext>();
            var objections = await db.Objections.OrderBy(o => o.Status).ToListAsync(Cancel);
            var repairs = await db.Repairs.OrderBy(r => r.Status).ToListAsync(Cancel);
            var approved = repairs.Single(r => r.Status == RepairStatus.Approved);
            return (objections, repairs, await db.Records.SingleAsync(r => r.Id == approved.RecordId, Cancel));
        });
        var enterprise = await app.SignInAsync(Roles.EnterpriseUser, enterprise: demoFirm);
        var upheld = objections.Single(o => o.Status == ObjectionStatus.Upheld);
        var regulator = await app.SignInAsync(Roles.Regulator, upheld.RegionCode);
        var upheldPage = await regulator.PageAsync(CreditRoutes.Objection(upheld.Id));

        Assert.Equal([ObjectionStatus.Open, ObjectionStatus.Upheld], objections.Select(o => o.Status));
        Assert.Equal([RepairStatus.Pending, RepairStatus.Approved], repairs.Select(r => r.Status));
        Assert.Equal(demoFirm, objections[0].EnterpriseCreditCode);
        Assert.Equal(demoFirm, repairs[0].EnterpriseCreditCode);
        Assert.NotEqual(demoFirm, repaired.EnterpriseCreditCode);
        // One province's regulator sees every state: the demo firm's province.
        Assert.All([.. objections.Select(o => o.RegionCode), .. repairs.Select(r => r.RegionCode)], region => Assert.StartsWith("35", region, StringComparison.Ordinal));
        Assert.Equal(ChinaTime.Today(app.Clock), repaired.RepairedOn);
        Assert.Contains("<span class=\"badge\">已作废</span>", upheldPage, StringComparison.Ordinal);
        Assert.Contains("异议成立", upheldPage, StringComparison.Ordinal);
        var own = await enterprise.PageAsync(CreditRoutes.Objections);
        Assert.Contains($"data-case=\"{objections[0].Id}\"", own, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-case=\"{upheld.Id}\"", own, StringComparison.Ordinal);
        Assert.Contains($"data-case=\"{repairs[0].Id}\"", await enterprise.PageAsync(CreditRoutes.Repairs), StringComparison.Ordinal);

        await SeedAsync(app);

        Assert.Equal(2, await app.WithServicesAsync(s => s.GetRequiredService<CreditDbContext>().Objections.CountAsync(Cancel)));
    }

    /// <summary>The register's demo (the firms) and the credit demo, as the first start runs them; each seed skips itself once it ran.</summary>
    private static Task<int> SeedAsync(ZhixinApp app) => app.WithServicesAsync(async services =>
    {
        var seeds = services.GetServices<IDemoDataSeed>()
            .Where(s => s.GetType().Name is "RegisterDemoData" or "CreditDemoData")
            .OrderBy(s => s.Order)
            .ToList();
        Assert.Equal(2, seeds.Count);
        foreach (var seed in seeds)
        {
            await seed.SeedAsync(Cancel);
        }

        return seeds.Count;
    });
}
