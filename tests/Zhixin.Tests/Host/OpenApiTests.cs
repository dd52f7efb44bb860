using System.Net;
using System.Text.Json;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Host;

public sealed class OpenApiTests(Apps apps) : IClassFixture<Apps>
{
    [Fact]
    public async Task OpenApiDocument_WhenFetched_DescribesTheRegisterApiWithProblemResponses()
    {
        var response = await apps[Engine.Sqlite].Anonymous().GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().ToDictionary(p => p.Name.TrimEnd('/'), p => p.Value);
        var create = paths["/api/v1/register/enterprises"].GetProperty("post").GetProperty("responses");
        Assert.True(create.TryGetProperty("201", out _));
        Assert.True(create.TryGetProperty("400", out _));
        Assert.True(create.TryGetProperty("409", out _));
        Assert.Contains("/api/v1/register/products/{id}", paths.Keys);
    }

    [Fact]
    public async Task ApiReference_WhenOpened_ServesThePageFromTheApp()
    {
        var client = apps[Engine.Sqlite].Anonymous();

        var page = await client.GetAsync("/api/reference/v1", TestContext.Current.CancellationToken);
        var script = await client.GetAsync("/api/reference/scalar.js", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
