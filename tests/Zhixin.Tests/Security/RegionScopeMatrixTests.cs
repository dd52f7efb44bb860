using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Platform.Identity;
using Zhixin.Register;
using Zhixin.Register.Features;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Pages;

namespace Zhixin.Tests.Security;

/// <summary>
/// The one global scoping mechanism, proved endpoint by endpoint: a county official aiming every endpoint
/// at another county's records gets 404 (or, where the request names a region, 403), never the record.
/// </summary>
public sealed class RegionScopeMatrixTests(Apps apps) : IClassFixture<Apps>
{
    [Fact]
    public void Matrix_WhenEndpointsEnumerated_CoversEveryEndpoint()
    {
        var endpoints = apps[Engine.Sqlite].Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} /{e.RoutePattern.RawText?.TrimStart('/')}"))
            .Distinct()
            .ToList();
        var covered = RegionScopeMatrix.Probes.Select(p => $"{p.Method} {p.Pattern}").Concat(RegionScopeMatrix.Unscoped.Keys).ToHashSet();

        // Static assets of the Razor class libraries carry no data.
        var uncovered = endpoints.Where(e => !covered.Contains(e) && !e.Contains(" /_content/", StringComparison.Ordinal)).ToList();

        Assert.True(uncovered.Count == 0, string.Join(Environment.NewLine, uncovered));
    }

    public static TheoryData<Engine, string> Cases()
    {
        var data = new TheoryData<Engine, string>();
        foreach (var engine in new[] { Engine.Sqlite, Engine.Postgres })
        {
            foreach (var probe in RegionScopeMatrix.Probes)
            {
                data.Add(engine, $"{probe.Method} {probe.Pattern}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_WhenCountyOfficialAimsAtAnotherCounty_DoesNotReveal(Engine engine, string endpoint)
    {
        var app = apps[engine];
        var context = await ArrangeAsync(app);
        var huli = await app.SignInAsync(Roles.Regulator, "350206");
        var probe = RegionScopeMatrix.Probes.Single(p => $"{p.Method} {p.Pattern}" == endpoint);

        var request = probe.Request(context);
        if (probe.TokenFrom is { } formPage)
        {
            await WithAntiforgeryTokenAsync(huli, request, formPage);
        }

        var response = await huli.SendAsync(request, TestContext.Current.CancellationToken);

        await probe.Expect(response, context);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetEnterprise_WhenCityOfficialAbove_SeesTheCountysRecord(Engine engine)
    {
        var app = apps[engine];
        var context = await ArrangeAsync(app);
        var xiamen = await app.SignInAsync(Roles.Regulator, "350200");

        var response = await xiamen.GetAsync(RegisterRoutes.ApiEnterprise(context.EnterpriseId), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetEnterprise_WhenEnterpriseAccountOfAnotherFirm_Returns404(Engine engine)
    {
        var app = apps[engine];
        var context = await ArrangeAsync(app);
        var other = await app.SignInAsync(Roles.EnterpriseUser, enterprise: TestCodes.CreditCode());
        var own = await app.SignInAsync(Roles.EnterpriseUser, enterprise: context.CreditCode);

        var theirs = await other.GetAsync(RegisterRoutes.ApiEnterprise(context.EnterpriseId), TestContext.Current.CancellationToken);
        var mine = await own.GetAsync(RegisterRoutes.ApiEnterprise(context.EnterpriseId), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, mine.StatusCode);
    }

    [Theory]
    [InlineData(Roles.SystemAdministrator)]
    [InlineData(Roles.SecurityAdministrator)]
    [InlineData(Roles.AuditAdministrator)]
    public async Task SearchEnterprises_WhenAdministrator_IsForbidden(string role)
    {
        var admin = await apps[Engine.Sqlite].SignInAsync(role);

        var response = await admin.GetAsync(RegisterRoutes.ApiEnterprises, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SearchEnterprises_WhenAnonymous_Returns401()
    {
        var response = await apps[Engine.Sqlite].Anonymous().GetAsync(RegisterRoutes.ApiEnterprises, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Adds the token of <paramref name="formPage"/> (the caller's own) to a form post's fields.</summary>
    private static async Task WithAntiforgeryTokenAsync(HttpClient client, HttpRequestMessage request, string formPage)
    {
        var token = PageForms.AntiforgeryToken(await client.GetStringAsync(formPage, TestContext.Current.CancellationToken));
        var fields = request.Content is null ? "" : await request.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        request.Content = new StringContent(
            (fields.Length == 0 ? "" : fields + "&") + "__RequestVerificationToken=" + Uri.EscapeDataString(token), Encoding.UTF8, "application/x-www-form-urlencoded");
    }

    /// <summary>An enterprise with a product and a rejected import, all in 思明区, made by a 思明区 official.</summary>
    private static async Task<ScopeContext> ArrangeAsync(ZhixinApp app)
    {
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var code = TestCodes.CreditCode();
        var name = $"思明范围测试{TestCodes.Token()}有限公司";
        var created = await siming.PostAsJsonAsync(RegisterRoutes.ApiEnterprises, new { creditCode = code, name, regionCode = "350203" });
        created.EnsureSuccessStatusCode();
        var enterprise = (await created.Content.ReadFromJsonAsync<EnterpriseResponse>())!;
        var product = await siming.PostAsJsonAsync(RegisterRoutes.ApiProducts,
            new { gtin = TestCodes.Gtin13(), name = "范围测试产品", categoryCode = "0101", producerCreditCode = code });
        product.EnsureSuccessStatusCode();
        var productId = (await product.Content.ReadFromJsonAsync<ProductResponse>())!.Id;
        var rejected = await siming.PostAsync(RegisterRoutes.ApiEnterpriseImport + "?fileName=bad.csv",
            new StringContent("统一社会信用代码,企业名称,行政区划代码\r\nX,坏行,350203\r\n", Encoding.UTF8, "text/csv"));
        using var problem = System.Text.Json.JsonDocument.Parse(await rejected.Content.ReadAsStringAsync());
        var batchId = problem.RootElement.GetProperty("batchId").GetGuid();
        return new ScopeContext(enterprise.Id, code, name, productId, batchId, await PlanScopeData.ArrangeAsync(app),
            await InspectionScopeData.ArrangeAsync(app, code))
        {
            Credit = await CreditScopeData.ArrangeAsync(app, code, name),
            CreditApi = await CreditApiScopeData.ArrangeAsync(app, code),
        };
    }
}
