using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.RecordCreditEntry;
using Zhixin.Credit.Scoring;
using Zhixin.Register;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Credit.Pages;

/// <summary>
/// Firms in the register and records in their credit files, made through the APIs by an official of the firm's region,
/// as a person would. The test clock stands at 2026-11-22 (China).
/// </summary>
internal static class CreditPageData
{
    public const string Siming = "350203";
    public const string Huli = "350206";
    public const string Xiamen = "350200";

    public const string Penalty = "administrativePenalty";
    public const string Commitment = "qualityCommitment";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A firm in the register of <paramref name="region"/>; returns its credit code and name.</summary>
    public static async Task<(string Code, string Name)> FirmAsync(HttpClient regulator, string region = Siming)
    {
        var code = TestCodes.CreditCode(region);
        var name = "信用测试企业" + TestCodes.ChineseToken() + "有限公司";
        var response = await regulator.PostAsJsonAsync(RegisterRoutes.ApiEnterprises, new { creditCode = code, name, regionCode = region }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (code, name);
    }

    /// <summary>Adds a record through the API, which must accept it; the firm is scored again.</summary>
    public static async Task<RecordCreditEntryResponse> RecordAsync(
        HttpClient regulator, string code, string kind, string? severity = null, string occurredOn = "2026-10-12", string? title = null, string? documentNumber = null)
    {
        var response = await regulator.PostAsJsonAsync(CreditRoutes.ApiRecords, new
        {
            creditCode = code,
            kind,
            severity,
            occurredOn,
            title = title ?? "测试记录" + TestCodes.ChineseToken(),
            documentNumber,
            authority = "厦门市思明区市场监督管理局",
        }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<RecordCreditEntryResponse>(Cancel))!;
    }

    /// <summary>A firm with a public quality commitment on file: assessed, grade A.</summary>
    public static async Task<(string Code, string Name)> GradeAFirmAsync(HttpClient regulator, string region = Siming)
    {
        var firm = await FirmAsync(regulator, region);
        await RecordAsync(regulator, firm.Code, Commitment, title: "公开质量承诺");
        return firm;
    }

    /// <summary>A firm with a serious administrative penalty on file: grade D, risk class D.</summary>
    public static async Task<(string Code, string Name, Guid RecordId)> GradeDFirmAsync(HttpClient regulator, string region = Siming, string? title = null)
    {
        var firm = await FirmAsync(regulator, region);
        var record = await RecordAsync(regulator, firm.Code, Penalty, "serious", title: title, documentNumber: "思市监罚〔2026〕" + Random.Shared.Next(100, 999) + "号");
        return (firm.Code, firm.Name, record.Record.Id);
    }

    /// <summary>
    /// <paramref name="count"/> current assessments of grade B in <paramref name="region"/>, written straight to the
    /// database: enough to page through without registering as many firms.
    /// </summary>
    public static Task<int> AssessmentsAsync(ZhixinApp app, string region, int count) => app.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<CreditDbContext>();
        var now = app.Clock.GetUtcNow();
        for (var i = 0; i < count; i++)
        {
            db.Assessments.Add(new CreditAssessment
            {
                Id = Guid.CreateVersion7(),
                EnterpriseCreditCode = TestCodes.CreditCode(region),
                RegionCode = region,
                RuleSetVersion = 1,
                AsOf = new DateOnly(2026, 11, 22),
                Score = 85,
                Grade = CreditGrade.B,
                RiskClass = RiskClass.B,
                Breakdown = new AssessmentBreakdown([], [], []).ToJson(),
                Trigger = "rescore",
                AssessedAt = now,
                AssessedBy = "test",
                IsCurrent = true,
            });
        }

        return await db.SaveChangesAsync();
    });
}
