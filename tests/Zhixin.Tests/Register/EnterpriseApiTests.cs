using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Web;
using Zhixin.Register;
using Zhixin.Register.Features;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Register;

public sealed class EnterpriseApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task CreateEnterprise_WhenValid_Returns201AndCanBeReadBack(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350200");
        var code = TestCodes.CreditCode("350203");

        var created = await client.PostAsJsonAsync(RegisterRoutes.ApiEnterprises, new
        {
            creditCode = code,
            name = $"厦门测试{TestCodes.Token()}有限公司",
            regionCode = "350203",
            industryCode = "C1311",
            establishedOn = "2012-07-14",
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<EnterpriseResponse>(TestContext.Current.CancellationToken);
        var read = await client.GetFromJsonAsync<EnterpriseResponse>(RegisterRoutes.ApiEnterprise(body!.Id), TestContext.Current.CancellationToken);
        Assert.Equal(code, read!.CreditCode);
        Assert.Equal("福建省厦门市思明区", read.RegionName);
        Assert.Equal(new DateOnly(2012, 7, 14), read.EstablishedOn);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GetEnterprise_WhenCallerIsOfficialOfAnotherCounty_Returns404(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var huli = await apps[engine].SignInAsync(Roles.Regulator, "350206");
        var created = await siming.PostAsJsonAsync(RegisterRoutes.ApiEnterprises, new
        {
            creditCode = TestCodes.CreditCode(),
            name = $"思明测试{TestCodes.Token()}有限公司",
            regionCode = "350203",
        }, TestContext.Current.CancellationToken);
        var id = (await created.Content.ReadFromJsonAsync<EnterpriseResponse>(TestContext.Current.CancellationToken))!.Id;

        var response = await huli.GetAsync(RegisterRoutes.ApiEnterprise(id), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task CreateEnterprise_WhenCheckCharacterWrong_Returns400NamingExpectedCharacter(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "440300");

        var response = await client.PostAsJsonAsync(RegisterRoutes.ApiEnterprises, new
        {
            creditCode = "914403001922038217",
            name = "华为技术有限公司",
            regionCode = "440307",
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var message = problem.RootElement.GetProperty("errors").GetProperty("creditCode")[0].GetString();
        Assert.Contains("“6”", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task SearchEnterprises_WhenTextStartsOrIsInsideNames_FindsByPrefixThenByContains(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "360300");
        var token = TestCodes.ChineseToken();
        foreach (var name in new[] { $"萍乡{token}甲有限公司", $"萍乡{token}乙有限公司", $"湘东区{token}丙有限公司" })
        {
            (await client.PostAsJsonAsync(RegisterRoutes.ApiEnterprises, new { creditCode = TestCodes.CreditCode("360302"), name, regionCode = "360302" },
                TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        }

        var prefix = await client.GetFromJsonAsync<Page<EnterpriseSummary>>(
            $"{RegisterRoutes.ApiEnterprises}?q={Uri.EscapeDataString("萍乡" + token)}", Json, TestContext.Current.CancellationToken);
        var inside = await client.GetFromJsonAsync<Page<EnterpriseSummary>>(
            $"{RegisterRoutes.ApiEnterprises}?q={Uri.EscapeDataString(token)}", Json, TestContext.Current.CancellationToken);

        Assert.Equal(2, prefix!.Total);
        Assert.Equal(3, inside!.Total);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task CreateEnterprise_WhenTenRequestsRaceForOneCode_OneWinsAndTheOthersGet409(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var code = TestCodes.CreditCode("410105");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => client.PostAsJsonAsync(RegisterRoutes.ApiEnterprises,
            new { creditCode = code, name = $"并发测试{i}有限公司", regionCode = "410105" }, TestContext.Current.CancellationToken)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
