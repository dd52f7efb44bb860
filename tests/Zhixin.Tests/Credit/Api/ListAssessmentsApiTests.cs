using System.Net;
using System.Net.Http.Json;
using Zhixin.Credit;
using Zhixin.Credit.Features.ListAssessments;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Credit.Api;

/// <summary>The list of firms' current grades: filters, paging, and what an enterprise account may ask.</summary>
public sealed class ListAssessmentsApiTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Three firms of 同安区 sharing a code prefix (D, A, and B with risk class C) and one of 翔安区 (B), scored through the API.</summary>
    private sealed record Firms(string Prefix, string Serious, string Certified, string Failed, string Other);

    private static async Task<Firms> ArrangeAsync(ZhixinApp app)
    {
        var xiamen = await app.SignInAsync(Roles.Regulator, "350200");
        var marker = TestCredit.Marker();
        var serious = await TestCredit.FirmAsync(xiamen, "350212", TestCredit.Code("350212", marker));
        var certified = await TestCredit.FirmAsync(xiamen, "350212", TestCredit.Code("350212", marker));
        var failed = await TestCredit.FirmAsync(xiamen, "350212", TestCredit.Code("350212", marker));
        var other = await TestCredit.FirmAsync(xiamen, "350213", TestCredit.Code("350213", marker));
        await TestCredit.RecordAsync(xiamen, serious, "administrativePenalty", "serious");
        await TestCredit.RecordAsync(xiamen, certified, "certification");
        await TestCredit.RecordAsync(xiamen, failed, "spotCheckFailed");
        await TestCredit.RecordAsync(xiamen, other, "recall");
        return new Firms("91350212" + marker, serious, certified, failed, other);
    }

    private static async Task<ListAssessmentsResponse> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync(CreditRoutes.ApiEnterprises + "?" + query, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<ListAssessmentsResponse>(Cancel))!;
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task List_WhenFilteredByCodePrefix_CountsEachGradeAndOrdersWorstLast(Engine engine)
    {
        var app = apps[engine];
        var firms = await ArrangeAsync(app);
        var xiamen = await app.SignInAsync(Roles.Regulator, "350200");

        var list = await ListAsync(xiamen, "q=" + firms.Prefix.ToLowerInvariant());

        Assert.Equal(3, list.Total);
        Assert.Equal([firms.Certified, firms.Failed, firms.Serious], list.Items.Select(i => i.CreditCode));
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1, ["B"] = 1, ["D"] = 1 }, list.ByGrade);
        Assert.Equal(["A", "C", "D"], list.Items.Select(i => i.RiskClass));
        Assert.Equal("D 严重失信", list.Items[2].GradeName);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task List_WhenFilteredByGrade_ReturnsOnlyThatGradeButCountsAll(Engine engine)
    {
        var app = apps[engine];
        var firms = await ArrangeAsync(app);
        var xiamen = await app.SignInAsync(Roles.Regulator, "350200");

        var list = await ListAsync(xiamen, $"q={firms.Prefix}&grade=d");

        Assert.Equal(firms.Serious, Assert.Single(list.Items).CreditCode);
        Assert.Equal(1, list.Total);
        Assert.Equal(3, list.ByGrade.Values.Sum());
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task List_WhenFilteredByRiskClass_ReturnsOnlyThatClass(Engine engine)
    {
        var app = apps[engine];
        var firms = await ArrangeAsync(app);
        var xiamen = await app.SignInAsync(Roles.Regulator, "350200");

        var list = await ListAsync(xiamen, $"q={firms.Prefix}&riskClass=C");

        var item = Assert.Single(list.Items);
        Assert.Equal(firms.Failed, item.CreditCode);
        Assert.Equal("B", item.Grade);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task List_WhenFilteredByRegion_TakesTheCodeOrAPrefix(Engine engine)
    {
        var app = apps[engine];
        var firms = await ArrangeAsync(app);
        var xiamen = await app.SignInAsync(Roles.Regulator, "350200");

        var county = await ListAsync(xiamen, "region=350213&pageSize=200");
        var city = await ListAsync(xiamen, "region=3502&pageSize=200");

        Assert.Contains(firms.Other, county.Items.Select(i => i.CreditCode));
        Assert.DoesNotContain(firms.Serious, county.Items.Select(i => i.CreditCode));
        Assert.All(county.Items, i => Assert.Equal("350213", i.RegionCode));
        Assert.Superset(new HashSet<string> { firms.Serious, firms.Certified, firms.Failed, firms.Other }, city.Items.Select(i => i.CreditCode).ToHashSet());
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task List_WhenPaged_ReturnsThePageAndTheTotal(Engine engine)
    {
        var app = apps[engine];
        var firms = await ArrangeAsync(app);
        var xiamen = await app.SignInAsync(Roles.Regulator, "350200");

        var first = await ListAsync(xiamen, $"q={firms.Prefix}&pageSize=2&page=1");
        var second = await ListAsync(xiamen, $"q={firms.Prefix}&pageSize=2&page=2");

        Assert.Equal([firms.Certified, firms.Failed], first.Items.Select(i => i.CreditCode));
        Assert.Equal(firms.Serious, Assert.Single(second.Items).CreditCode);
        Assert.Equal((3, 2, 2), (second.Total, second.Page, second.PageSize));
    }

    [Theory]
    [InlineData(Engine.Sqlite, "grade=E", "grade")]
    [InlineData(Engine.Sqlite, "riskClass=1", "riskClass")]
    [InlineData(Engine.Sqlite, "page=0", "page")]
    [InlineData(Engine.Sqlite, "pageSize=201", "pageSize")]
    [InlineData(Engine.Sqlite, "region=359999", "region")]
    [InlineData(Engine.Postgres, "grade=E", "grade")]
    [InlineData(Engine.Postgres, "region=35020X", "region")]
    public async Task List_WhenFilterInvalid_Returns400NamingIt(Engine engine, string query, string field)
    {
        var xiamen = await apps[engine].SignInAsync(Roles.Regulator, "350200");

        var response = await xiamen.GetAsync(CreditRoutes.ApiEnterprises + "?" + query, Cancel);

        await TestCredit.AssertFieldErrorAsync(response, field);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task List_WhenCountyOfficial_ShowsOnlyTheCountysFirms(Engine engine)
    {
        var app = apps[engine];
        var firms = await ArrangeAsync(app);
        var xiangan = await app.SignInAsync(Roles.Regulator, "350213");

        var list = await ListAsync(xiangan, "q=" + firms.Prefix[..2] + "&pageSize=200&region=3502");

        Assert.Contains(firms.Other, list.Items.Select(i => i.CreditCode));
        Assert.All(list.Items, i => Assert.Equal("350213", i.RegionCode));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task List_WhenEnterpriseAccount_ShowsItsOwnGradeWithoutTheRiskClass(Engine engine)
    {
        var app = apps[engine];
        var firms = await ArrangeAsync(app);
        var enterprise = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firms.Failed);

        var list = await ListAsync(enterprise, "pageSize=200");

        var own = Assert.Single(list.Items);
        Assert.Equal(firms.Failed, own.CreditCode);
        Assert.Null(own.RiskClass);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task List_WhenEnterpriseAccountFiltersByRiskClass_Returns400(Engine engine)
    {
        var app = apps[engine];
        var firms = await ArrangeAsync(app);
        var enterprise = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firms.Failed);

        var response = await enterprise.GetAsync(CreditRoutes.ApiEnterprises + "?riskClass=C", Cancel);

        var body = await TestCredit.AssertFieldErrorAsync(response, "riskClass");
        Assert.Contains("仅供监管部门内部使用", body, StringComparison.Ordinal);
        Assert.DoesNotContain(firms.Failed, body, StringComparison.Ordinal);
    }
}
