using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Credit.Features.RuleSets;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Credit.Api;
using Zhixin.Tests.Infrastructure;
using static Zhixin.Tests.Credit.Lists.TestListings;

namespace Zhixin.Tests.Credit.Rescore;

/// <summary>
/// The full rescoring leaves a firm alone only when nothing could have changed its score: not its file (however the file
/// changed, even by hand in SQL), not the rule set in force, not the date.
/// </summary>
public sealed class RescoreSkipTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OnPostgres_AFirmIsDue_WhenItsFileChangedBehindThePlatformsBack_OrItsNextPossibleChangeCame_OrTheRulesChanged()
    {
        var app = apps[Engine.Postgres];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var today = Today(app);
        var edited = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, edited, "recall", occurredOn: Day(today.AddDays(-20)));
        var ageing = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, ageing, "spotCheckFailed", occurredOn: Day(today.AddDays(-40)));
        var version = await app.WithServicesAsync(s => s.GetRequiredService<RuleSetCatalog>().EffectiveAsync(today, Cancel)).ContinueWith(t => t.Result.Version, Cancel);
        var nextChange = (await CurrentAsync(app, ageing)).NextPossibleChangeOn!.Value;

        // Scored on arrival: nothing is due today.
        var untouched = await DueAsync(app, version, today);
        Assert.DoesNotContain(edited, untouched.Codes);
        Assert.DoesNotContain(ageing, untouched.Codes);

        await AddRecordBySqlAsync(app, edited, today.AddDays(-3));
        var afterEdit = await DueAsync(app, version, today);
        Assert.Contains(edited, afterEdit.Codes);
        Assert.DoesNotContain(ageing, afterEdit.Codes);

        Assert.DoesNotContain(ageing, (await DueAsync(app, version, nextChange.AddDays(-1))).Codes);
        Assert.Contains(ageing, (await DueAsync(app, version, nextChange)).Codes);
        Assert.Contains(ageing, (await DueAsync(app, version + 1, today)).Codes);
        Assert.Contains(ageing, (await DueAsync(app, version, today, all: true)).Codes);

        var result = await app.WithServicesAsync(s => s.GetRequiredService<RescoreAllHandler>().HandleAsync("nightly", 2, all: false, null, Cancel));

        Assert.True(result.Scored < result.Enterprises, $"{result.Scored} of {result.Enterprises} firms scored");
        var rescored = await CurrentAsync(app, edited);
        Assert.Equal(CreditGrade.D, rescored.Grade);
        Assert.Equal("nightly", rescored.Trigger);
        Assert.DoesNotContain(edited, (await DueAsync(app, version, today)).Codes);
    }

    [Fact]
    public async Task OnSqlite_EveryFirmIsDue_AsItKeepsNoFingerprints()
    {
        var app = apps[Engine.Sqlite];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, firm, "recall", occurredOn: Day(Today(app).AddDays(-20)));

        var plan = await app.WithServicesAsync(s => s.GetRequiredService<RescoreAllHandler>().PlanAsync(all: false, Cancel));

        Assert.Contains(firm, plan.Codes);
        Assert.Equal(plan.Total, plan.Codes.Length);
        Assert.Null((await CurrentAsync(app, firm)).InputsFingerprint);
    }

    private static Task<DueFirms> DueAsync(ZhixinApp app, int version, DateOnly today, bool all = false) =>
        app.WithServicesAsync(s => FileFingerprints.DueAsync(s.GetRequiredService<CreditDbContext>(), version, today, all, Cancel));

    private static Task<CreditAssessment> CurrentAsync(ZhixinApp app, string firm) =>
        app.WithServicesAsync(s => s.GetRequiredService<CreditDbContext>().Assessments.AsNoTracking().SingleAsync(a => a.EnterpriseCreditCode == firm && a.IsCurrent, Cancel));

    /// <summary>A serious accident written straight into the table, as a careless script would: no scoring follows.</summary>
    private static Task<int> AddRecordBySqlAsync(ZhixinApp app, string firm, DateOnly occurredOn) => RawSql.ExecuteAsync(app,
        $"""
        INSERT INTO credit.credit_records (id, enterprise_credit_code, enterprise_name, region_code, kind, severity, occurred_on, title,
            source_module, source_reference, created_at, created_by)
        VALUES ('{Guid.NewGuid()}', '{firm}', '信用测试企业', '350203', {(int)CreditRecordKind.QualityAccident}, {(int)RecordSeverity.Serious},
            '{Day(occurredOn)}', '重大质量事故', 'manual', '{Guid.NewGuid():N}', now(), 'script')
        """);
}
