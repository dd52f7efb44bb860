using System.Net;
using System.Net.Http.Json;
using Zhixin.Credit;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Pages;
using static Zhixin.Tests.Credit.Pages.CreditPageData;

namespace Zhixin.Tests.Credit.Pages;

/// <summary>The scoring rules' pages: the versions, one version's rules, and a firm scored under it (what-if).</summary>
public sealed class RuleSetPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RuleSetPages_ListTheVersions_ShowTheRules_AndScoreAFirmUnderTheVersion(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);
        var (firm, name) = await FirmAsync(siming);
        var recorded = await siming.PostAsJsonAsync(CreditRoutes.ApiRecords, new
        {
            creditCode = firm, kind = "spotCheckFailed", occurredOn = "2026-04-01", title = "电线电缆抽查不合格",
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);

        var list = await siming.PageAsync(CreditRoutes.RuleSets);
        var version = await siming.PageAsync(CreditRoutes.RuleSet(1));
        var whatIf = await siming.PageAsync(CreditRoutes.RuleSet(1) + "?code=" + firm);
        var unknown = await siming.PageAsync(CreditRoutes.RuleSet(1) + "?code=91350203MA00000000");
        var index = await siming.PageAsync(CreditRoutes.Pages);

        Assert.Contains("企业质量信用评分规则（第1版，试行）", list, StringComparison.Ordinal);
        Assert.Contains("已发布", list, StringComparison.Ordinal);
        Assert.Contains("未经核实（平台初始政策）", list, StringComparison.Ordinal);
        Assert.Contains("严重行政处罚，扣40分，计36个月，其间等级不高于D", version, StringComparison.Ordinal);
        Assert.Contains("R-D2", version, StringComparison.Ordinal);
        Assert.Contains(name, whatIf, StringComparison.Ordinal);
        Assert.Contains("−15：2026-04-01 监督抽查不合格（规则 N1，第 1 版），计至 2028-03-31", whatIf, StringComparison.Ordinal);
        Assert.Contains("id=\"what-if-problem\"", unknown, StringComparison.Ordinal);
        Assert.Contains("id=\"rule-sets-link\"", index, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RuleSetPages_AreForRegulators_AndAnUnknownVersionIs404(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var (firm, _) = await FirmAsync(siming);
        var own = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm);

        var forFirm = await own.GetAsync(CreditRoutes.RuleSets, TestContext.Current.CancellationToken);
        var missing = await siming.GetAsync(CreditRoutes.RuleSet(999), TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.OK, forFirm.StatusCode);
        Assert.DoesNotContain("计分规则", await forFirm.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
