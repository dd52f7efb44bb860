using System.Net;
using System.Text;
using Zhixin.Platform.Identity;
using Zhixin.Register;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Pages;

namespace Zhixin.Tests.Register.Pages;

public sealed class ImportPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Upload_WhenFileHasAnError_ShowsRowAndReasonAndLinksTheReport(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350000");
        var good = ImportFiles.NewRow();
        var bad = ImportFiles.NewRow() with { CreditCode = "91350203MA2Y7Q0N9X" };

        var response = await UploadAsync(client, "有错误的名录.csv", string.Join("\r\n", ImportFiles.Header, good.ToCsv(), bad.ToCsv()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.BodyAsync();
        Assert.Contains("id=\"import-errors\"", html, StringComparison.Ordinal);
        Assert.Contains("91350203MA2Y7Q0N9X", html, StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/api/v1/register/imports/[0-9a-f-]+/errors.csv)\"").Groups[1].Value;
        var report = await client.GetStringAsync(link, TestContext.Current.CancellationToken);
        Assert.Contains("91350203MA2Y7Q0N9X", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Upload_WhenFileIsValid_ReportsRowsAdded(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350000");
        var rows = new[] { ImportFiles.NewRow(), ImportFiles.NewRow("350102") };

        var response = await UploadAsync(client, "名录.csv", string.Join("\r\n", [ImportFiles.Header, .. rows.Select(r => r.ToCsv())]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("新增 2 家", await response.BodyAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_WhenDownloaded_HasTheImportHeader()
    {
        var client = await apps[Engine.Sqlite].SignInAsync(Roles.Regulator, "350000");

        var template = await client.GetStringAsync(RegisterRoutes.ImportEnterprises + "?handler=Template", TestContext.Current.CancellationToken);

        Assert.StartsWith(ImportFiles.Header, template.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_WhenDepartmentUser_RedirectsToAccessDenied()
    {
        var client = await apps[Engine.Sqlite].SignInAsync(Roles.DepartmentUser, "410000");

        var response = await client.GetAsync(RegisterRoutes.ImportEnterprises, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(Zhixin.Platform.PlatformRoutes.AccessDenied, response.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, string csv)
    {
        var page = await client.PageAsync(RegisterRoutes.ImportEnterprises);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(PageForms.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", fileName },
        };
        return await client.PostAsync(RegisterRoutes.ImportEnterprises, form, TestContext.Current.CancellationToken);
    }
}
