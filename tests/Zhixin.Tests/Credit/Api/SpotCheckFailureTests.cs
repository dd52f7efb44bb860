using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Platform.Events;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Inspection.Api;

namespace Zhixin.Tests.Credit.Api;

/// <summary>The closed loop: a failed spot-check batch reaches the firm's credit file and lowers its grade, once.</summary>
public sealed class SpotCheckFailureTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task BatchFailed_WhenDispatched_AddsOneRecordLinkedToTheBatchAndRescores(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (firm, batch) = await FailedBatchAsync(app, siming);

        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(Cancel);

        var file = await TestCredit.FileAsync(siming, firm);
        var record = Assert.Single(file.Records);
        Assert.Equal("spotCheckFailed", record.Kind);
        Assert.Equal("inspection", record.Source);
        Assert.Equal(batch.Id.ToString("N"), record.SourceReference);
        Assert.Equal(InspectionRoutes.Batch(batch.Id), record.SourceLink);
        Assert.Equal(batch.SamplingNumber, record.DocumentNumber);
        Assert.Equal(new DateOnly(2026, 6, 1), record.OccurredOn);
        Assert.Contains("导体电阻", record.Title, StringComparison.Ordinal);
        Assert.Equal("350203", record.RegionCode);
        var current = file.Current!;
        Assert.Equal(85, current.Score);
        Assert.Equal("B", current.Grade);
        Assert.Equal("C", current.RiskClass);
        var line = Assert.Single(current.Lines);
        Assert.Equal((record.Id, "N1"), (line.RecordId, line.Rule));
        Assert.Equal("−15：2026-06-01 监督抽查不合格（规则 N1，第 1 版），计至 2028-05-31", line.Text);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task BatchFailed_WhenDeliveredTwice_AddsNoSecondRecordNorAssessment(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (firm, batch) = await FailedBatchAsync(app, siming);
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DispatchAsync(Cancel);
        var before = await TestCredit.FileAsync(siming, firm);
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        // At-least-once delivery: the same outbox message goes out again, as after a crash before it was marked.
        var reset = await app.WithServicesAsync(services => services.GetRequiredService<InspectionDbContext>().Set<OutboxMessage>()
            .Where(m => m.Payload.Contains(batch.Id.ToString()))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.DispatchedAt, (DateTimeOffset?)null), Cancel));
        await dispatcher.DispatchAsync(Cancel);

        Assert.Equal(1, reset);
        Assert.Equal(0, await app.WithServicesAsync(services => services.GetRequiredService<InspectionDbContext>().Set<OutboxMessage>()
            .CountAsync(m => m.Payload.Contains(batch.Id.ToString()) && m.DispatchedAt == null, Cancel)));
        var after = await TestCredit.FileAsync(siming, firm);
        Assert.Equal(Assert.Single(before.Records).Id, Assert.Single(after.Records).Id);
        Assert.Equal(before.Current!.Id, Assert.Single(after.History).Id);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task BatchFailed_WhenTheFirmHadAGrade_LowersItAndKeepsTheEarlierOne(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var setup = await TestInspection.PlanAsync(app, siming);
        var firm = await TestInspection.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "general", "2026-04-01");
        var earlier = await TestCredit.FileAsync(siming, firm);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var batch = await TestInspection.SampleAsync(siming, setup.PlanId, firm);
        await RecordFailingResultsAsync(siming, batch);

        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(Cancel);

        var file = await TestCredit.FileAsync(siming, firm);
        Assert.Equal(("B", 80m), (earlier.Current!.Grade, earlier.Current.Score));
        Assert.Equal(("C", 65m), (file.Current!.Grade, file.Current.Score));
        Assert.Equal([file.Current.Id, earlier.Current.Id], file.History.Select(h => h.Id));
        Assert.Equal(["N1", "N2.2"], file.Current.Lines.Select(l => l.Rule));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task BatchFailed_WhenItsRecordWasVoidedAndTheEventComesAgain_DoesNotBringItBack(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var (firm, batch) = await FailedBatchAsync(app, siming);
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DispatchAsync(Cancel);
        var record = Assert.Single((await TestCredit.FileAsync(siming, firm)).Records);
        var voided = await siming.PostAsJsonAsync(Zhixin.Credit.CreditRoutes.ApiVoidRecord(record.Id), new { reason = "复检合格，原检验结论撤销" }, Cancel);
        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);

        await app.WithServicesAsync(services => services.GetRequiredService<InspectionDbContext>().Set<OutboxMessage>()
            .Where(m => m.Payload.Contains(batch.Id.ToString()))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.DispatchedAt, (DateTimeOffset?)null), Cancel));
        await dispatcher.DispatchAsync(Cancel);

        var file = await TestCredit.FileAsync(siming, firm);
        Assert.NotNull(Assert.Single(file.Records).VoidedAt);
        Assert.Equal(("A", 100m), (file.Current!.Grade, file.Current.Score));
    }

    private static async Task<(string Firm, BatchSummary Batch)> FailedBatchAsync(ZhixinApp app, HttpClient regulator)
    {
        var setup = await TestInspection.PlanAsync(app, regulator);
        var firm = await TestInspection.FirmAsync(regulator);
        var batch = await TestInspection.SampleAsync(regulator, setup.PlanId, firm);
        await RecordFailingResultsAsync(regulator, batch);
        return (firm, batch);
    }

    private static async Task RecordFailingResultsAsync(HttpClient regulator, BatchSummary batch)
    {
        var response = await regulator.PostAsJsonAsync(InspectionRoutes.ApiBatchResults(batch.Id),
            TestInspection.Results(("绝缘厚度", "Pass"), ("导体电阻", "Fail")), Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(Verdict.Fail, (await response.Content.ReadFromJsonAsync<BatchSummary>(Cancel))!.Verdict);
    }
}
