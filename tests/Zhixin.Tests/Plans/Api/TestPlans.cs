using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Zhixin.Plans;
using Zhixin.Plans.Features.ImportPlan;

namespace Zhixin.Tests.Plans.Api;

/// <summary>Small plan documents written for the tests, unique per call so tests never share a plan.</summary>
internal static class TestPlans
{
    public const string QualityBureau = "ha.qts";
    public const string Commerce = "ha.commerce";
    public const string Industry = "ha.aic";
    public const string Education = "ha.education";

    /// <summary>A Henan plan for 2026 (reports due 2026-07-15 and 2027-01-15) with two sections and three tasks.</summary>
    public static string Henan(string token, int number) => $"""
        首页 > 政务公开 > 文件
        河南省人民政府办公厅关于印发测试{token}质量工作2026年行动计划的通知
        豫政办〔2026〕{number.ToString(CultureInfo.InvariantCulture)}号
        各省辖市人民政府，省人民政府各部门：
        现将《测试{token}质量工作2026年行动计划》印发给你们，请认真贯彻执行。
        河南省人民政府办公厅
        2026年1月10日
        测试{token}质量工作2026年行动计划
        一、加强质量安全监管
        （一）开展重点产品质量整治。组织开展专项执法行动，严厉打击制假售假。（省质监局牵头，省商务厅、省工商局参加）
        （二）加强特种设备监管。开展电梯、锅炉专项检查。（省质监局、省教育厅负责）
        二、推进质量诚信建设
        （三）建立企业质量信用档案。推进质量信用信息共享，产品质量监督抽查合格率稳定在90%以上。（省质监局牵头，省质量发展促进中心{token}参加）
        版权所有 © 测试网站 联系我们
        """;

    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string text, bool dryRun = false, string fileName = "plan.txt") =>
        await ImportAsync(client, Encoding.UTF8.GetBytes(text), dryRun, fileName);

    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] content, bool dryRun = false, string fileName = "plan.txt")
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var url = $"{PlansRoutes.ApiImport}?fileName={Uri.EscapeDataString(fileName)}&dryRun={(dryRun ? "true" : "false")}";
        return await client.PostAsync(url, body, TestContext.Current.CancellationToken);
    }

    public static async Task<PlanPreview> ImportedAsync(HttpClient client, string text)
    {
        var response = await ImportAsync(client, text);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, body);
        return (await response.Content.ReadFromJsonAsync<PlanPreview>(TestContext.Current.CancellationToken))!;
    }

    public static int NextNumber() => Interlocked.Increment(ref counter) + 1000;

    private static int counter;
}
