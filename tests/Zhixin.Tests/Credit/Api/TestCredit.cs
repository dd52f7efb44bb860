using System.Net;
using System.Net.Http.Json;
using Zhixin.Credit;
using Zhixin.Credit.Features.GetCreditFile;
using Zhixin.Credit.Features.RecordCreditEntry;
using Zhixin.Platform.Codes;
using Zhixin.Register;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Credit.Api;

/// <summary>Firms in the register and records on their credit files, made through the API by the test itself.</summary>
internal static class TestCredit
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A valid credit code of the region whose characters 9–13 are <paramref name="marker"/>, so a test can find its own firms by prefix.</summary>
    public static string Code(string region, string marker)
    {
        var body = marker + string.Concat(Enumerable.Range(0, 8 - marker.Length).Select(_ => CreditCode.Alphabet[Random.Shared.Next(31)]));
        var first17 = "91" + region + body + OrgCode.ComputeCheckCharacter(body);
        return first17 + CreditCode.ComputeCheckCharacter(first17);
    }

    /// <summary>Five characters of the code alphabet, unlikely to start another test's code.</summary>
    public static string Marker() => string.Concat(Enumerable.Range(0, 5).Select(_ => CreditCode.Alphabet[Random.Shared.Next(10, 31)]));

    /// <summary>A firm in the register, created through its API by an official of the region.</summary>
    public static async Task<string> FirmAsync(HttpClient regulator, string region = "350203", string? code = null)
    {
        code ??= TestCodes.CreditCode(region);
        var response = await regulator.PostAsJsonAsync(RegisterRoutes.ApiEnterprises, new
        {
            creditCode = code,
            name = "信用测试企业" + TestCodes.ChineseToken() + "有限公司",
            regionCode = region,
            industryCode = "C3831",
        }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    public static object Entry(string code, string kind, string? severity = null, string occurredOn = "2026-09-01", string? title = "测试记录") => new
    {
        creditCode = code,
        kind,
        severity,
        occurredOn,
        title,
        documentNumber = "闽市监罚〔2026〕" + Random.Shared.Next(1, 999) + "号",
        authority = "厦门市思明区市场监督管理局",
    };

    public static async Task<RecordCreditEntryResponse> RecordAsync(HttpClient regulator, string code, string kind, string? severity = null, string occurredOn = "2026-09-01")
    {
        var response = await regulator.PostAsJsonAsync(CreditRoutes.ApiRecords, Entry(code, kind, severity, occurredOn), Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<RecordCreditEntryResponse>(Cancel))!;
    }

    public static async Task<CreditFileView> FileAsync(HttpClient client, string code) =>
        (await client.GetFromJsonAsync<CreditFileView>(CreditRoutes.ApiEnterprise(code), Cancel))!;

    /// <summary>A 400 whose field map names <paramref name="field"/>; returns the body.</summary>
    public static async Task<string> AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        using var json = System.Text.Json.JsonDocument.Parse(body);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
        return body;
    }
}
