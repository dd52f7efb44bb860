using System.Net;
using Zhixin.Platform;
using Zhixin.Platform.Identity;
using Zhixin.Register;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Pages;

namespace Zhixin.Tests.Register.Pages;

public sealed class EnterprisePagesTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task EnterpriseList_WhenCallerIsCountyOfficial_ShowsOnlyTheirCounty(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var huli = await apps[engine].SignInAsync(Roles.Regulator, "350206");
        var token = TestCodes.Token();
        var own = await RegisterData.CreateEnterpriseAsync(siming, "350203", $"测试{token}思明有限公司");
        var other = await RegisterData.CreateEnterpriseAsync(huli, "350206", $"测试{token}湖里有限公司");

        var list = await siming.PageAsync($"{RegisterRoutes.Enterprises}?q={Uri.EscapeDataString($"测试{token}")}");

        Assert.Contains(own.Name, list, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Name, list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task EnterpriseDetails_WhenEnterpriseIsInAnotherCounty_Returns404(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var huli = await apps[engine].SignInAsync(Roles.Regulator, "350206");
        var other = await RegisterData.CreateEnterpriseAsync(huli, "350206", $"湖里{TestCodes.Token()}有限公司");

        var response = await siming.GetAsync(RegisterRoutes.Enterprise(other.Id), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task EnterpriseDetails_WhenEnterpriseIsInCallersRegion_ShowsItsFieldsInBeijingTime(Engine engine)
    {
        var xiamen = await apps[engine].SignInAsync(Roles.Regulator, "350200");
        var enterprise = await RegisterData.CreateEnterpriseAsync(xiamen, "350203", $"思明{TestCodes.Token()}有限公司");

        var page = await xiamen.PageAsync(RegisterRoutes.Enterprise(enterprise.Id));

        Assert.Contains(enterprise.CreditCode, page, StringComparison.Ordinal);
        Assert.Contains($"{enterprise.CreditCode[8..16]}-{enterprise.CreditCode[16]}", page, StringComparison.Ordinal);
        Assert.Contains("福建省厦门市思明区", page, StringComparison.Ordinal);
        Assert.Contains("制造业", page, StringComparison.Ordinal);
        // The fixture's clock stands at 2026-11-22 02:00 UTC, which is 10:00 in Beijing.
        Assert.Contains("2026-11-22 10:00", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{RegisterRoutes.EditEnterprise(enterprise.Id)}\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task CreateEnterprise_WhenCheckCharacterIsWrong_RerendersNamingTheExpectedCharacter(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "440300");

        var response = await client.SubmitAsync(RegisterRoutes.NewEnterprise,
        [
            new("Input.CreditCode", "914403001922038217"),
            new("Input.Name", "华为技术有限公司"),
            new("Input.RegionCode", "440307"),
            new("Input.Status", "Active"),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.BodyAsync();
        Assert.Matches("data-valmsg-for=\"Input.CreditCode\"[^>]*>[^<]*“6”", page);
        Assert.Contains("value=\"华为技术有限公司\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task CreateEnterprise_WhenFormIsValid_RedirectsToTheNewRecord(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350200");
        var name = $"厦门{TestCodes.Token()}有限公司";

        var response = await client.SubmitAsync(RegisterRoutes.NewEnterprise,
        [
            new("Input.CreditCode", TestCodes.CreditCode("350203")),
            new("Input.Name", name),
            new("Input.RegionCode", "350203"),
            new("Input.Status", "Active"),
            new("Input.EstablishedOn", "2012-07-14"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.PageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains(name, details, StringComparison.Ordinal);
        Assert.Contains("2012-07-14", details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task CreateEnterprise_WhenRegionIsOutsideCallersScope_Returns403WithTheMessage(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350203");

        var response = await client.SubmitAsync(RegisterRoutes.NewEnterprise,
        [
            new("Input.CreditCode", TestCodes.CreditCode("350206")),
            new("Input.Name", $"湖里{TestCodes.Token()}有限公司"),
            new("Input.RegionCode", "350206"),
        ]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("350206 不在您的管辖范围内", await response.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task UpdateEnterprise_WhenRevisionIsStale_ShowsTheConflictNamingTheRule(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var enterprise = await RegisterData.CreateEnterpriseAsync(client, "350203", $"思明{TestCodes.Token()}有限公司");
        var edit = RegisterRoutes.EditEnterprise(enterprise.Id);

        var response = await client.SubmitAsync(edit,
        [
            new("Input.Revision", (enterprise.Revision - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Name", enterprise.Name + "（新）"),
            new("Input.RegionCode", "350203"),
            new("Input.Status", "Active"),
        ]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("RecordChangedSinceRead", await response.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task UpdateEnterprise_WhenFormIsValid_SavesTheChange(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var enterprise = await RegisterData.CreateEnterpriseAsync(client, "350203", $"思明{TestCodes.Token()}有限公司");
        var renamed = enterprise.Name.Replace("有限公司", "股份有限公司", StringComparison.Ordinal);

        var response = await client.SubmitAsync(RegisterRoutes.EditEnterprise(enterprise.Id),
        [
            new("Input.Revision", enterprise.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Name", renamed),
            new("Input.RegionCode", "350203"),
            new("Input.Status", "Suspended"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.PageAsync(RegisterRoutes.Enterprise(enterprise.Id));
        Assert.Contains(renamed, details, StringComparison.Ordinal);
        Assert.Contains("停业", details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task EnterpriseRows_WhenRequestedByHtmx_ReturnFragmentAndPushTheFullPageUrl(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var token = TestCodes.Token();
        var enterprise = await RegisterData.CreateEnterpriseAsync(client, "350203", $"思明{token}有限公司");
        var query = Uri.EscapeDataString($"思明{token}");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{RegisterRoutes.Enterprises}?handler=Rows&q={query}&status=Active");
        request.Headers.Add("HX-Request", "true");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await response.BodyAsync();
        Assert.DoesNotContain("<html", fragment, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<header", fragment, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<table", fragment, StringComparison.Ordinal);
        Assert.Contains(enterprise.Name, fragment, StringComparison.Ordinal);
        Assert.Equal($"{RegisterRoutes.Enterprises}?q={query}&status=Active", response.Headers.GetValues("HX-Push-Url").Single());
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task EnterpriseList_WhenCallerIsDepartmentUser_ShowsNoWriteButtons(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.DepartmentUser, "350200");

        var list = await client.PageAsync(RegisterRoutes.Enterprises);

        Assert.DoesNotContain("新增企业", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{RegisterRoutes.NewEnterprise}\"", list, StringComparison.Ordinal);
        Assert.Contains(RegisterRoutes.ApiEnterpriseExport, list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task EnterpriseList_WhenCallerIsRegulator_OffersNewImportAndExport(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350200");

        var list = await client.PageAsync($"{RegisterRoutes.Enterprises}?q=abc&region=350203");

        Assert.Contains($"href=\"{RegisterRoutes.NewEnterprise}\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"{RegisterRoutes.ImportEnterprises}\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"{RegisterRoutes.ApiEnterpriseExport}?format=xlsx&amp;q=abc&amp;region=350203\"", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task NewEnterprisePage_WhenCallerIsDepartmentUser_Returns403(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.DepartmentUser, "350200");

        var response = await client.GetAsync(RegisterRoutes.NewEnterprise, TestContext.Current.CancellationToken);
        var denied = await client.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PlatformRoutes.AccessDenied, response.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task EditEnterprisePage_WhenCallerIsDepartmentUser_Returns403(Engine engine)
    {
        var regulator = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var enterprise = await RegisterData.CreateEnterpriseAsync(regulator, "350203", $"思明{TestCodes.Token()}有限公司");
        var client = await apps[engine].SignInAsync(Roles.DepartmentUser, "350200");

        var response = await client.GetAsync(RegisterRoutes.EditEnterprise(enterprise.Id), TestContext.Current.CancellationToken);
        var details = await client.PageAsync(RegisterRoutes.Enterprise(enterprise.Id));

        Assert.Equal(PlatformRoutes.AccessDenied, response.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken)).StatusCode);
        Assert.DoesNotContain(RegisterRoutes.EditEnterprise(enterprise.Id), details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task EnterprisePages_WhenNameContainsMarkup_EncodeIt(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var token = TestCodes.Token();
        var enterprise = await RegisterData.CreateEnterpriseAsync(client, "350203", $"<script>alert('{token}')</script>有限公司");

        var list = await client.PageAsync($"{RegisterRoutes.Enterprises}?q={Uri.EscapeDataString($"alert('{token}')")}");
        var details = await client.PageAsync(RegisterRoutes.Enterprise(enterprise.Id));

        Assert.Contains(token, list, StringComparison.Ordinal);
        foreach (var page in new[] { list, details })
        {
            Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(", page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task VoidEnterprise_WhenReasonIsGiven_RemovesItFromTheList(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var token = TestCodes.Token();
        var enterprise = await RegisterData.CreateEnterpriseAsync(client, "350203", $"思明{token}有限公司");
        var list = $"{RegisterRoutes.Enterprises}?q={Uri.EscapeDataString(enterprise.Name)}";
        Assert.Contains(enterprise.Name + "</a>", await client.PageAsync(list), StringComparison.Ordinal);

        var response = await client.SubmitAsync($"{RegisterRoutes.Enterprise(enterprise.Id)}/void", [new("Reason", "重复录入")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(enterprise.Name + "</a>", await client.PageAsync(list), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(RegisterRoutes.Enterprise(enterprise.Id), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task VoidEnterprise_WhenReasonIsMissing_ShowsTheFieldError(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var enterprise = await RegisterData.CreateEnterpriseAsync(client, "350203", $"思明{TestCodes.Token()}有限公司");

        var response = await client.SubmitAsync($"{RegisterRoutes.Enterprise(enterprise.Id)}/void", [new("Reason", "")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Reason\"[^>]*>作废原因不能为空", await response.BodyAsync());
    }
}
