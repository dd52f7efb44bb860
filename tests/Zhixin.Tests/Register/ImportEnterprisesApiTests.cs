using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Zhixin.Platform.Identity;
using Zhixin.Register;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Register;

public sealed class ImportEnterprisesApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenFileHasErrors_Returns400WithRowsAndDownloadableReport(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350000");
        var good = ImportFiles.NewRow();
        var bad = ImportFiles.NewRow() with { Region = "359999" };
        var csv = string.Join("\r\n", ImportFiles.Header, good.ToCsv(), bad.ToCsv());

        var response = await client.PostAsync($"{RegisterRoutes.ApiEnterpriseImport}?fileName=errors.csv", Body(csv), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var row = problem.RootElement.GetProperty("rows")[0];
        Assert.Equal(3, row.GetProperty("row").GetInt64());
        Assert.Equal("行政区划代码", row.GetProperty("column").GetString());
        Assert.Equal("359999", row.GetProperty("value").GetString());
        var report = await client.GetStringAsync(problem.RootElement.GetProperty("errorReport").GetString(), TestContext.Current.CancellationToken);
        Assert.Contains("3,\"行政区划代码\",\"359999\"", report, StringComparison.Ordinal);
        var lookup = await client.GetAsync(RegisterRoutes.ApiEnterpriseByCode(good.CreditCode), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenRowOutsideCallersRegion_RejectsRow(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        var other = ImportFiles.NewRow("350206");
        var csv = string.Join("\r\n", ImportFiles.Header, other.ToCsv());

        var response = await client.PostAsync($"{RegisterRoutes.ApiEnterpriseImport}?fileName=other.csv", Body(csv), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不在您的管辖范围内", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenValid_Returns200AndRowsAreFound(Engine engine)
    {
        var client = await apps[engine].SignInAsync(Roles.Regulator, "410000");
        var row = ImportFiles.NewRow("410105");
        var csv = string.Join("\r\n", ImportFiles.Header, row.ToCsv());

        var response = await client.PostAsync($"{RegisterRoutes.ApiEnterpriseImport}?fileName=ok.csv", Body(csv), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lookup = await client.GetAsync(RegisterRoutes.ApiEnterpriseByCode(row.CreditCode), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
    }

    [Fact]
    public async Task Import_WhenMultipartForm_Returns415()
    {
        var client = await apps[Engine.Sqlite].SignInAsync(Roles.Regulator, "410000");
        using var form = new MultipartFormDataContent { { new StringContent(ImportFiles.Header), "file", "x.csv" } };

        var response = await client.PostAsync(RegisterRoutes.ApiEnterpriseImport, form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Import_WhenDepartmentUser_Returns403()
    {
        var client = await apps[Engine.Sqlite].SignInAsync(Roles.DepartmentUser, "410000");

        var response = await client.PostAsync($"{RegisterRoutes.ApiEnterpriseImport}?fileName=x.csv", Body(ImportFiles.Header), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Export_WhenCountyOfficial_ContainsOnlyTheCounty(Engine engine)
    {
        var app = apps[engine];
        var importer = await app.SignInAsync(Roles.Regulator, "350200");
        var mine = ImportFiles.NewRow("350203");
        var theirs = ImportFiles.NewRow("350206");
        var csv = string.Join("\r\n", ImportFiles.Header, mine.ToCsv(), theirs.ToCsv());
        (await importer.PostAsync($"{RegisterRoutes.ApiEnterpriseImport}?fileName=two.csv", Body(csv), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var county = await app.SignInAsync(Roles.Regulator, "350203");

        var export = await county.GetStringAsync($"{RegisterRoutes.ApiEnterpriseExport}?format=csv", TestContext.Current.CancellationToken);

        Assert.Contains(mine.CreditCode, export, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.CreditCode, export, StringComparison.Ordinal);
    }

    private static ByteArrayContent Body(string csv)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }
}
