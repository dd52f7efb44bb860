using System.Net;
using System.Net.Http.Json;
using Zhixin.Inspection;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.GetBatch;
using Zhixin.Tests.Inspection.Api;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Inspection.FollowUp.Api;

/// <summary>
/// Batches with results and their follow-up steps, made through the API by a 思明区 official. The test clock stands at
/// 2026-11-22 (China), so dates are chosen around it: a notice served on 2026-10-20 has its objection window end on
/// Wednesday 2026-11-04; one served on 2026-11-20 reaches into December.
/// </summary>
internal static class FollowUpApi
{
    public const string Siming = "350203";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A plan, a firm and one batch of it with results issued on <paramref name="issuedOn"/> (failed unless <paramref name="failed"/> is false).</summary>
    public static async Task<BatchSummary> BatchAsync(ZhixinApp app, HttpClient regulator, string issuedOn, bool failed = true)
    {
        var setup = await TestInspection.PlanAsync(app, regulator);
        return await BatchInPlanAsync(regulator, setup.PlanId, issuedOn, failed);
    }

    /// <summary>Another firm's batch in <paramref name="planId"/>, with results when <paramref name="issuedOn"/> is given.</summary>
    public static async Task<BatchSummary> BatchInPlanAsync(HttpClient regulator, Guid planId, string? issuedOn, bool failed = true)
    {
        var firm = await TestInspection.FirmAsync(regulator);
        var batch = await TestInspection.SampleAsync(regulator, planId, firm, sampledOn: "2026-06-01");
        if (issuedOn is null)
        {
            return batch;
        }

        var response = await regulator.PostAsJsonAsync(InspectionRoutes.ApiBatchResults(batch.Id), Results(issuedOn, failed), Cancel);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<BatchSummary>(Cancel))!;
    }

    public static object Results(string issuedOn, bool failed) => new
    {
        laboratory = "福建省产品质量检验研究院",
        reportNumber = "R-" + TestCodes.Token(),
        issuedOn,
        items = new object[]
        {
            new { itemName = "绝缘厚度", standardClause = "GB/T 5023.3-2008 第 2.4 条", requirement = "≥ 0.7 mm", measuredValue = "0.75 mm", verdict = "Pass" },
            new { itemName = "导体电阻", standardClause = "GB/T 5023.3-2008 第 2.4 条", requirement = "≤ 7.41 Ω/km", measuredValue = failed ? "7.95 Ω/km" : "7.30 Ω/km", verdict = failed ? "Fail" : "Pass" },
        },
    };

    public static Task<HttpResponseMessage> StepAsync(
        HttpClient client, Guid batchId, string kind, string on, bool? passed = null, string? note = null, string? overrideReason = null, Guid? corrects = null) =>
        client.PostAsJsonAsync(InspectionRoutes.ApiBatchSteps(batchId), new { kind, on, passed, note, overrideReason, corrects }, Cancel);

    /// <summary>Records a step that must be accepted.</summary>
    public static async Task<FollowUpStepView> RecordAsync(HttpClient client, Guid batchId, string kind, string on, bool? passed = null, string? overrideReason = null)
    {
        var response = await StepAsync(client, batchId, kind, on, passed, overrideReason: overrideReason);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<FollowUpStepView>(Cancel))!;
    }

    public static async Task<BatchDetail> DetailAsync(HttpClient client, Guid batchId) =>
        (await client.GetFromJsonAsync<BatchDetail>(InspectionRoutes.ApiBatch(batchId), Cancel))!;

    public static async Task<string> ConflictAsync(HttpResponseMessage response, string rule)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, body);
        Assert.Contains($"\"rule\":\"{rule}\"", body, StringComparison.Ordinal);
        return body;
    }
}
