using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.GetBatch;
using Zhixin.Inspection.Features.ImportResults;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Tabular;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Inspection.Api;
using Zhixin.Tests.Platform.Pages;
using Zhixin.Tests.Platform.Tabular;

namespace Zhixin.Tests.Inspection.Batches;

/// <summary>The batch list, the sampling form, the results form and the import page, through HTTP as a browser uses them.</summary>
public sealed class BatchPagesTests(Apps apps) : IClassFixture<Apps>, IDisposable
{
    private readonly TempDirectory files = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task BatchList_WhenFilteredByPlan_ShowsTheBatchAwaitingResultsAndTheWritersButtons(Engine engine)
    {
        var (siming, setup, batch) = await BatchAsync(apps[engine]);

        var html = await siming.PageAsync($"{InspectionRoutes.Batches}?plan={setup.PlanId}");

        Assert.Contains(batch.SamplingNumber, html, StringComparison.Ordinal);
        Assert.Contains(InspectionRoutes.Batch(batch.Id), html, StringComparison.Ordinal);
        Assert.Contains("badge warn\">待检", html, StringComparison.Ordinal);
        Assert.Contains(InspectionRoutes.BatchResults(batch.Id), html, StringComparison.Ordinal);
        Assert.Contains($"{InspectionRoutes.NewBatch}?plan={setup.PlanId}", html, StringComparison.Ordinal);
        Assert.Contains(InspectionRoutes.ImportResults, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task BatchList_WhenFilteredByVerdict_ShowsOnlyFailedBatches(Engine engine)
    {
        var (siming, setup, passed) = await BatchAsync(apps[engine]);
        var failed = await TestInspection.SampleAsync(siming, setup.PlanId, await TestInspection.FirmAsync(siming));
        await siming.PostAsJsonAsync(InspectionRoutes.ApiBatchResults(passed.Id), TestInspection.Results(("导体电阻", "Pass")), Cancel);
        await siming.PostAsJsonAsync(InspectionRoutes.ApiBatchResults(failed.Id), TestInspection.Results(("导体电阻", "Fail")), Cancel);

        var html = await siming.PageAsync($"{InspectionRoutes.Batches}?plan={setup.PlanId}&verdict=Fail&handler=Rows");

        Assert.Contains(failed.SamplingNumber, html, StringComparison.Ordinal);
        Assert.Contains("badge bad\">不合格", html, StringComparison.Ordinal);
        Assert.DoesNotContain(passed.SamplingNumber, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task NewBatch_WhenOpenedForAPlan_OffersTheEditionsProductsAndChineseChoices(Engine engine)
    {
        var (siming, setup, _) = await BatchAsync(apps[engine]);

        var html = await siming.PageAsync($"{InspectionRoutes.NewBatch}?plan={setup.PlanId}");

        Assert.Contains("id=\"sampling-form\"", html, StringComparison.Ordinal);
        Assert.Contains("电线电缆", html, StringComparison.Ordinal);
        Assert.Contains("高风险", html, StringComparison.Ordinal);
        Assert.Contains("生产环节", html, StringComparison.Ordinal);
        Assert.Contains("电子商务", html, StringComparison.Ordinal);
        Assert.Contains("小型", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task NewBatch_WhenOpenedForADrawnFirm_FillsInTheFirmAndProductAndHidesItFromAnotherCounty(Engine engine)
    {
        var app = apps[engine];
        var (siming, setup, _) = await BatchAsync(app);
        var firm = await TestInspection.FirmAsync(siming);
        var selection = await DrawnAsync(app, setup.PlanId, firm);
        var huli = await app.SignInAsync(Roles.Regulator, "350206");

        var html = await siming.PageAsync($"{InspectionRoutes.NewBatch}?selection={selection}");
        var elsewhere = await huli.GetAsync($"{InspectionRoutes.NewBatch}?selection={selection}", Cancel);

        Assert.Contains($"value=\"{firm}\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{selection}\"", html, StringComparison.Ordinal);
        Assert.Matches($"<option value=\"{TestInspection.Cables}\" selected=\"selected\"", html);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task NewBatch_WhenPostedWithoutASamplingNumber_ReRendersWithTheMessage(Engine engine)
    {
        var (siming, setup, _) = await BatchAsync(apps[engine]);
        var firm = await TestInspection.FirmAsync(siming);
        var form = $"{InspectionRoutes.NewBatch}?plan={setup.PlanId}";

        var response = await siming.SubmitAsync(form, SamplingFields(setup.PlanId, firm, samplingNumber: ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.BodyAsync();
        Assert.Contains("抽样单编号不能为空", html, StringComparison.Ordinal);
        Assert.Contains("id=\"sampling-form\"", html, StringComparison.Ordinal);
        Assert.Contains(firm, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task NewBatch_WhenPostedComplete_StoresTheBatchAndOpensIt(Engine engine)
    {
        var (siming, setup, _) = await BatchAsync(apps[engine]);
        var firm = await TestInspection.FirmAsync(siming);
        var number = "CY-" + TestCodes.Token();

        var response = await siming.SubmitAsync($"{InspectionRoutes.NewBatch}?plan={setup.PlanId}", SamplingFields(setup.PlanId, firm, number));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await siming.GetFromJsonAsync<Zhixin.Platform.Web.Page<BatchSummary>>($"{InspectionRoutes.ApiBatches}?q={number}", Cancel);
        var stored = Assert.Single(page!.Items);
        Assert.Equal(InspectionRoutes.Batch(stored.Id), response.Headers.Location!.OriginalString);
        Assert.Equal((SamplingChannel.ECommerce, FirmSize.Micro), (stored.Channel, stored.FirmSize));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Results_WhenOpened_ListsTheProductsUsualTestItems(Engine engine)
    {
        var (siming, _, batch) = await BatchAsync(apps[engine]);

        var html = await siming.PageAsync(InspectionRoutes.BatchResults(batch.Id));

        Assert.Contains("id=\"results-form\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"导体电阻\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"绝缘厚度\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Results_WhenPostedWithAFailingItem_FailsTheBatchAndOpensIt(Engine engine)
    {
        var (siming, _, batch) = await BatchAsync(apps[engine]);

        var response = await siming.SubmitAsync(InspectionRoutes.BatchResults(batch.Id), ResultFields(("导体电阻", "Fail"), ("绝缘厚度", "Pass"), ("", "")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(InspectionRoutes.Batch(batch.Id), response.Headers.Location!.OriginalString);
        var detail = await siming.GetFromJsonAsync<BatchDetail>(InspectionRoutes.ApiBatch(batch.Id), Cancel);
        Assert.Equal(Verdict.Fail, detail!.Summary.Verdict);
        Assert.Equal(2, detail.Items.Count);
        var again = await siming.PageAsync(InspectionRoutes.BatchResults(batch.Id));
        Assert.Contains("id=\"results-recorded\"", again, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Results_WhenAnItemHasNoVerdict_ShowsTheMessageUnderThatRow(Engine engine)
    {
        var (siming, _, batch) = await BatchAsync(apps[engine]);

        var response = await siming.SubmitAsync(InspectionRoutes.BatchResults(batch.Id), ResultFields(("导体电阻", "Pass"), ("", ""), ("绝缘厚度", "")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.BodyAsync();
        // The blank second row is dropped before sending, so the third row's error must come back to the third row.
        Assert.Matches("data-valmsg-for=\"Input.Items\\[2\\].Verdict\"[^>]*>检验项目“绝缘厚度”缺少单项结论", html);
        var detail = await siming.GetFromJsonAsync<BatchDetail>(InspectionRoutes.ApiBatch(batch.Id), Cancel);
        Assert.Null(detail!.Summary.Verdict);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Results_WhenARowIsAdded_KeepsWhatWasTyped(Engine engine)
    {
        var (siming, _, batch) = await BatchAsync(apps[engine]);

        var response = await siming.SubmitAsync(InspectionRoutes.BatchResults(batch.Id), ResultFields(("导体电阻", "Pass"), ("绝缘厚度", "")),
            InspectionRoutes.BatchResults(batch.Id) + "?handler=AddRow");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.BodyAsync();
        Assert.Contains("name=\"Input.Items[2].ItemName\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"福建省产品质量检验研究院\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPage_WhenTheFileHasAnError_ShowsTheRowColumnAndReason(Engine engine)
    {
        var (siming, _, batch) = await BatchAsync(apps[engine]);
        var xlsx = ResultFiles.Xlsx(ResultFiles.Row(batch.SamplingNumber, "导体电阻", "合格"), ResultFiles.Row(batch.SamplingNumber, "绝缘厚度", null));

        var response = await UploadAsync(siming, "结果.xlsx", xlsx);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.BodyAsync();
        Assert.Contains("id=\"import-errors\"", html, StringComparison.Ordinal);
        Assert.Contains("结果.xlsx", html, StringComparison.Ordinal);
        Assert.Contains("检验项目“绝缘厚度”缺少单项结论", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPage_WhenTheFileIsGood_ReportsTheCounts(Engine engine)
    {
        var (siming, _, batch) = await BatchAsync(apps[engine]);

        var response = await UploadAsync(siming, "结果.xlsx", ResultFiles.Xlsx(ResultFiles.Row(batch.SamplingNumber, "导体电阻", "不合格")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已导入 1 个批次、1 个检验项目，其中不合格批次 1 个", await response.BodyAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_WhenDownloaded_IsAnXlsxWithTheColumnsAndAnExampleRow()
    {
        var siming = await apps[Engine.Sqlite].SignInAsync(Roles.Regulator, "350203");
        var page = await siming.PageAsync(InspectionRoutes.ImportResults);

        var bytes = await siming.GetByteArrayAsync(InspectionRoutes.ImportResults + "?handler=Template", Cancel);

        Assert.Contains("id=\"import-form\"", page, StringComparison.Ordinal);
        var path = files.File("template.xlsx");
        await File.WriteAllBytesAsync(path, bytes, Cancel);
        using var reader = TabularFile.Open(path);
        Assert.Equal(ResultColumns.Headers, reader.Header);
        var example = Assert.Single(reader.Rows(), r => !r.IsEmpty);
        Assert.Equal("合格", example.Cells[5]);
    }

    [Fact]
    public async Task NewBatch_WhenReadOnlyUser_IsDenied()
    {
        var reader = await apps[Engine.Sqlite].SignInAsync(Roles.DepartmentUser, "350203");

        var response = await reader.GetAsync(InspectionRoutes.NewBatch, Cancel);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<(HttpClient Siming, InspectionSetup Setup, BatchSummary Batch)> BatchAsync(ZhixinApp app)
    {
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var setup = await TestInspection.PlanAsync(app, siming);
        var batch = await TestInspection.SampleAsync(siming, setup.PlanId, await TestInspection.FirmAsync(siming));
        return (siming, setup, batch);
    }

    /// <summary>A drawn 双随机 draw of the plan's cables in 思明区 that picked <paramref name="firm"/>, written directly.</summary>
    private static Task<Guid> DrawnAsync(ZhixinApp app, Guid planId, string firm) => app.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<InspectionDbContext>();
        var now = app.Clock.GetUtcNow();
        var draw = new RandomDraw
        {
            Id = Guid.CreateVersion7(), PlanId = planId, AllocationId = Guid.CreateVersion7(), ProductCode = TestInspection.Cables, RegionCode = "350203",
            FirmsRequested = 1, Seed = new string('a', 64), PoolHash = new string('b', 64), PoolListing = "", Exclusions = "", Algorithm = "test",
            Status = DrawStatus.Drawn, PublishedAt = now, PublishedBy = "test", DrawnAt = now, DrawnBy = "test",
        };
        var selection = new DrawSelection
        {
            Id = Guid.CreateVersion7(), DrawId = draw.Id, Position = 1, CreditCode = firm, EnterpriseName = "抽中企业", RegionCode = "350203",
            FirstInspectorId = Guid.CreateVersion7(), SecondInspectorId = Guid.CreateVersion7(), InspectorNames = "甲、乙",
        };
        draw.Selections.Add(selection);
        db.Draws.Add(draw);
        await db.SaveChangesAsync();
        return selection.Id;
    });

    private static Dictionary<string, string> SamplingFields(Guid planId, string firm, string samplingNumber) => new()
    {
        ["Input.PlanId"] = planId.ToString(),
        ["Input.SamplingNumber"] = samplingNumber,
        ["Input.ProductCode"] = TestInspection.Cables,
        ["Input.EnterpriseCreditCode"] = firm,
        ["Input.FirmSize"] = "Micro",
        ["Input.Channel"] = "ECommerce",
        ["Input.Place"] = "某电商平台旗舰店",
        ["Input.SampledOn"] = "2026-05-10",
        ["Input.LotNumber"] = "L" + TestCodes.Token(),
        ["Input.SampleQuantity"] = "4",
        ["Input.ReserveQuantity"] = "4",
        ["Input.SealNumbers"] = "FY-001",
        ["Input.Samplers"] = "王强\n李娜",
    };

    private static Dictionary<string, string> ResultFields(params (string Item, string Verdict)[] items)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Laboratory"] = ResultFiles.Lab,
            ["Input.ReportNumber"] = "R-" + TestCodes.Token(),
            ["Input.IssuedOn"] = "2026-06-01",
        };
        for (var i = 0; i < items.Length; i++)
        {
            fields[$"Input.Items[{i}].ItemName"] = items[i].Item;
            fields[$"Input.Items[{i}].StandardClause"] = items[i].Item.Length == 0 ? "" : "GB/T 5023.3-2008 第 2.4 条";
            fields[$"Input.Items[{i}].Verdict"] = items[i].Verdict;
        }

        return fields;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, byte[] xlsx)
    {
        var page = await client.PageAsync(InspectionRoutes.ImportResults);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(PageForms.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(xlsx) { Headers = { ContentType = new(ImportResultsEndpoint.XlsxMediaType) } }, "Upload", name },
        };
        return await client.PostAsync(InspectionRoutes.ImportResults, content, Cancel);
    }
}
