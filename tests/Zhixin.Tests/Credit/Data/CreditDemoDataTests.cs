using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Modules;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Credit.Data;

/// <summary>The credit demo on the demo register: every grade shows, every file is scored, and a second run adds nothing.</summary>
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
