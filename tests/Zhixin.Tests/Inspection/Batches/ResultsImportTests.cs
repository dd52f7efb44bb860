using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.GetBatch;
using Zhixin.Inspection.Features.ImportResults;
using Zhixin.Platform.Events;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Inspection.Api;
using Zhixin.Tests.Platform.Tabular;

namespace Zhixin.Tests.Inspection.Batches;

/// <summary>Lab results imported from a real .xlsx, through the API and the command line: all or nothing, per file.</summary>
public sealed class ResultsImportTests(Apps apps) : IClassFixture<Apps>, IDisposable
{
    private readonly TempDirectory files = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenFileIsGood_StoresResultsAndFailsTheRightBatches(Engine engine)
    {
        var app = apps[engine];
        var (siming, a, b, c) = await ThreeBatchesAsync(app);
        var xlsx = ResultFiles.Xlsx(
            ResultFiles.Row(a.SamplingNumber, "导体电阻", "合格", "R-A"),
            ResultFiles.Row(a.SamplingNumber, "绝缘厚度", "合格", "R-A"),
            ResultFiles.Row(b.SamplingNumber, "导体电阻", "不合格", "R-B"),
            ResultFiles.Row(b.SamplingNumber, "绝缘厚度", "合格", "R-B"),
            ResultFiles.Row(c.SamplingNumber, "导体电阻", "合格", "R-C", date: "2026/6/2"));

        var response = await siming.SendAsync(ResultFiles.Post(InspectionRoutes.ApiResultsImport + "?fileName=lab.xlsx", xlsx), Cancel);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        var report = (await response.Content.ReadFromJsonAsync<ImportResultsReport>(Cancel))!;
        Assert.Equal((3, 5, 1, true), (report.Batches, report.Items, report.FailedBatches, report.Stored));
        Assert.Equal(Verdict.Pass, (await DetailAsync(siming, a)).Summary.Verdict);
        var failed = await DetailAsync(siming, b);
        Assert.Equal(Verdict.Fail, failed.Summary.Verdict);
        Assert.Equal("导体电阻", failed.Summary.FailedItems);
        Assert.Equal("R-B", failed.ReportNumber);
        Assert.Equal(2, failed.Items.Count);
        Assert.Equal(new DateOnly(2026, 6, 2), (await DetailAsync(siming, c)).Summary.ResultIssuedOn);
        Assert.Equal(1, await OutboxCountAsync(app, b.Id));
        Assert.Equal(0, await OutboxCountAsync(app, a.Id));
        Assert.Equal(0, await OutboxCountAsync(app, c.Id));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenRow4HasNoVerdictAndRow6AnUnknownNumber_Returns400ListingBothAndStoresNothing(Engine engine)
    {
        var app = apps[engine];
        var (siming, a, b, c) = await ThreeBatchesAsync(app);
        var unknown = "CY-" + TestCodes.Token();
        var xlsx = ResultFiles.Xlsx(
            ResultFiles.Row(a.SamplingNumber, "导体电阻", "合格"), // row 2
            ResultFiles.Row(a.SamplingNumber, "绝缘厚度", "合格"), // row 3
            ResultFiles.Row(b.SamplingNumber, "导体电阻", null), // row 4: no verdict
            ResultFiles.Row(c.SamplingNumber, "导体电阻", "不合格"), // row 5
            ResultFiles.Row(unknown, "导体电阻", "合格")); // row 6: no such batch

        var response = await siming.SendAsync(ResultFiles.Post(InspectionRoutes.ApiResultsImport + "?fileName=bad.xlsx", xlsx), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("bad.xlsx", problem.RootElement.GetProperty("fileName").GetString());
        var errors = problem.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt64(), Column: e.GetProperty("column").GetString(), Reason: e.GetProperty("reason").GetString()!))
            .ToList();
        Assert.Equal(new (long, string?)[] { (4, ResultColumns.Verdict), (6, ResultColumns.SamplingNumber) }, errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("导体电阻", errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains(unknown, errors[1].Reason, StringComparison.Ordinal);
        foreach (var batch in new[] { a, b, c })
        {
            var detail = await DetailAsync(siming, batch);
            Assert.Null(detail.Summary.Verdict);
            Assert.Empty(detail.Items);
            Assert.Equal(0, await OutboxCountAsync(app, batch.Id));
        }
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenRowsOfOneBatchNameDifferentReports_Returns400NamingTheRowAndColumn(Engine engine)
    {
        var (siming, a, _, _) = await ThreeBatchesAsync(apps[engine]);
        var xlsx = ResultFiles.Xlsx(
            ResultFiles.Row(a.SamplingNumber, "导体电阻", "合格", "R-1"),
            ResultFiles.Row(a.SamplingNumber, "绝缘厚度", "合格", "R-2"));

        var response = await siming.SendAsync(ResultFiles.Post(InspectionRoutes.ApiResultsImport, xlsx), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("row").GetInt64());
        Assert.Equal(ResultColumns.ReportNumber, error.GetProperty("column").GetString());
        Assert.Null((await DetailAsync(siming, a)).Summary.Verdict);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenDryRun_ReportsTheCountsAndStoresNothing(Engine engine)
    {
        var app = apps[engine];
        var (siming, a, b, _) = await ThreeBatchesAsync(app);
        var xlsx = ResultFiles.Xlsx(ResultFiles.Row(a.SamplingNumber, "导体电阻", "合格"), ResultFiles.Row(b.SamplingNumber, "导体电阻", "不合格"));

        var response = await siming.SendAsync(ResultFiles.Post(InspectionRoutes.ApiResultsImport + "?dryRun=true", xlsx), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<ImportResultsReport>(Cancel))!;
        Assert.Equal((2, 2, 1, false), (report.Batches, report.Items, report.FailedBatches, report.Stored));
        Assert.Null((await DetailAsync(siming, a)).Summary.Verdict);
        Assert.Null((await DetailAsync(siming, b)).Summary.Verdict);
        Assert.Equal(0, await OutboxCountAsync(app, b.Id));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenBatchAlreadyHasResults_Returns400AndLeavesThemAlone(Engine engine)
    {
        var (siming, a, _, _) = await ThreeBatchesAsync(apps[engine]);
        await siming.PostAsJsonAsync(InspectionRoutes.ApiBatchResults(a.Id), TestInspection.Results(("导体电阻", "Pass")), Cancel);

        var response = await siming.SendAsync(ResultFiles.Post(InspectionRoutes.ApiResultsImport, ResultFiles.Xlsx(ResultFiles.Row(a.SamplingNumber, "导体电阻", "不合格"))), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Verdict.Pass, (await DetailAsync(siming, a)).Summary.Verdict);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportResults_WhenRunFromTheCommandLine_ChecksWithDryRunThenStores(Engine engine)
    {
        var app = apps[engine];
        var (siming, a, b, _) = await ThreeBatchesAsync(app);
        var path = files.File("lab.xlsx");
        await File.WriteAllBytesAsync(path, ResultFiles.Xlsx(ResultFiles.Row(a.SamplingNumber, "导体电阻", "合格"), ResultFiles.Row(b.SamplingNumber, "导体电阻", "不合格")), Cancel);

        var checkedOnly = await ZhixinCli.RunAsync(app, "import", "results", path, "--dry-run");
        var afterCheck = (await DetailAsync(siming, b)).Summary.Verdict;
        var imported = await ZhixinCli.RunAsync(app, "import", "results", path);

        Assert.True(checkedOnly.ExitCode == 0, checkedOnly.Error);
        Assert.Null(afterCheck);
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("lab.xlsx", imported.Output, StringComparison.Ordinal);
        Assert.Equal(Verdict.Pass, (await DetailAsync(siming, a)).Summary.Verdict);
        Assert.Equal(Verdict.Fail, (await DetailAsync(siming, b)).Summary.Verdict);
        Assert.Equal(1, await OutboxCountAsync(app, b.Id));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportResults_WhenTheCommandLineFileHasAnError_ExitsNonZeroNamingTheRowAndStoresNothing(Engine engine)
    {
        var app = apps[engine];
        var (siming, a, b, _) = await ThreeBatchesAsync(app);
        var path = files.File("bad.xlsx");
        await File.WriteAllBytesAsync(path, ResultFiles.Xlsx(ResultFiles.Row(a.SamplingNumber, "导体电阻", "合格"), ResultFiles.Row(b.SamplingNumber, "导体电阻", "良好")), Cancel);

        var result = await ZhixinCli.RunAsync(app, "import", "results", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("良好", result.Error, StringComparison.Ordinal);
        Assert.Contains(ResultColumns.Verdict, result.Error, StringComparison.Ordinal);
        Assert.Null((await DetailAsync(siming, a)).Summary.Verdict);
    }

    /// <summary>A plan of 思明区 with three sampled batches of three firms, none with results yet.</summary>
    private static async Task<(HttpClient Siming, BatchSummary A, BatchSummary B, BatchSummary C)> ThreeBatchesAsync(ZhixinApp app)
    {
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var setup = await TestInspection.PlanAsync(app, siming);
        var a = await TestInspection.SampleAsync(siming, setup.PlanId, await TestInspection.FirmAsync(siming));
        var b = await TestInspection.SampleAsync(siming, setup.PlanId, await TestInspection.FirmAsync(siming));
        var c = await TestInspection.SampleAsync(siming, setup.PlanId, await TestInspection.FirmAsync(siming));
        return (siming, a, b, c);
    }

    private static async Task<BatchDetail> DetailAsync(HttpClient client, BatchSummary batch) =>
        (await client.GetFromJsonAsync<BatchDetail>(InspectionRoutes.ApiBatch(batch.Id), Cancel))!;

    /// <summary>Rows of the inspection_outbox table about one batch, dispatched or not.</summary>
    private static Task<int> OutboxCountAsync(ZhixinApp app, Guid batchId) => app.WithServicesAsync(services =>
    {
        var id = batchId.ToString();
        return services.GetRequiredService<InspectionDbContext>().Set<OutboxMessage>().CountAsync(m => m.Payload.Contains(id), Cancel);
    });
}
