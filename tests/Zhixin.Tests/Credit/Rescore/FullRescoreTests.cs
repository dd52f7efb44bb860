using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit;
using Zhixin.Credit.Features.DecideRepair;
using Zhixin.Credit.Lists;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Credit.Api;
using Zhixin.Tests.Credit.Lists;
using Zhixin.Tests.Infrastructure;
using static Zhixin.Tests.Credit.Lists.TestListings;

namespace Zhixin.Tests.Credit.Rescore;

/// <summary>The full rescoring, chunk by chunk, stores what scoring each firm on its own would store.</summary>
public sealed class FullRescoreTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RescoreAll_InChunks_AgesRecordsOutAndAgreesWithScoringEachFirmAlone(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var today = Today(app);
        // A general penalty that stops counting in ten days, a failed spot check that goes on counting, a firm with
        // only an award, one with a light penalty of long ago, and a black-listed firm held at D by its listing.
        var ageing = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, ageing, "administrativePenalty", "general", Day(today.AddMonths(-12).AddDays(10)));
        var failed = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, failed, "spotCheckFailed", occurredOn: Day(today.AddDays(-40)));
        var awarded = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, awarded, "qualityAward", occurredOn: Day(today.AddDays(-5)));
        var light = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, light, "administrativePenalty", "light", Day(today.AddMonths(-2)));
        var (listed, _, _) = await BlackListedAsync(app, siming);
        string[] firms = [ageing, failed, awarded, light, listed];
        var before = await GradesAsync(siming, firms);
        Assert.Equal("B", before[ageing]);
        Assert.Equal("D", before[listed]);

        // The nightly job (the same handler, one chunk) may score them first when the clock passes 02:00; either way
        // the grades must have moved on, and scoring any firm alone afterwards must find nothing to change.
        app.Clock.Advance(TimeSpan.FromDays(40));
        var result = await app.WithServicesAsync(s => s.GetRequiredService<RescoreAllHandler>().HandleAsync("nightly", 2, all: false, null, Cancel));

        // The sign-in of forty days ago has lapsed.
        var after = await GradesAsync(await app.SignInAsync(Roles.Regulator, "350203"), firms);
        Assert.Equal("A", after[ageing]);
        Assert.Equal("A", after[light]);
        Assert.Equal("D", after[listed]);
        Assert.Equal(before[failed], after[failed]);
        Assert.True(result.Enterprises >= firms.Length, $"{result.Enterprises} firms scored");
        foreach (var firm in firms)
        {
            var alone = await ListingWorkflowApiTests.RescoreAsync(app, firm);
            Assert.False(alone.Changed, $"{firm}: scoring it alone changed what the full rescoring stored");
        }
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RescoreAll_WhenARecordWasRepaired_KeepsItOutOfTheScore(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        var penalty = await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "general", Day(Today(app).AddMonths(-7)));
        var enterprise = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm);
        var applied = await ReadAsync<RepairView>(await enterprise.PostAsJsonAsync(CreditRoutes.ApiRepairs,
            new { recordId = penalty.Record.Id, penaltyFulfilled = true, restrictionsEnded = true, harmRemedied = true, commitment = "本企业承诺依法诚信经营" }, Cancel),
            HttpStatusCode.Created);
        await ReadAsync<RepairDecisionResponse>(await siming.PostAsJsonAsync(CreditRoutes.ApiRepairDecision(applied.Id),
            new { outcome = "approved", reasons = "已履行处罚并完成整改" }, Cancel), HttpStatusCode.OK);

        await app.WithServicesAsync(s => s.GetRequiredService<RescoreAllHandler>().HandleAsync("nightly", 2, all: false, null, Cancel));

        var file = await TestCredit.FileAsync(siming, firm);
        Assert.Equal(100m, file.Current!.Score);
        Assert.Equal(penalty.Record.Id, Assert.Single(file.Current.Repaired).RecordId);
        Assert.False((await ListingWorkflowApiTests.RescoreAsync(app, firm)).Changed, "scoring the firm alone changed what the full rescoring stored");
    }

    private static async Task<Dictionary<string, string>> GradesAsync(HttpClient regulator, string[] firms)
    {
        var grades = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var firm in firms)
        {
            var file = await TestCredit.FileAsync(regulator, firm);
            grades[firm] = file.Current!.Grade;
        }

        return grades;
    }
}
