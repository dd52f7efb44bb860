using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Zhixin.BrowserTests;

/// <summary>
/// The platform on a real loopback port with its demo data (a fresh SQLite file), so that a real browser can
/// sign in with a demo login and work through the pages.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>
{
    private readonly string directory = System.IO.Directory.CreateTempSubdirectory("zhixin-browser-").FullName;

    public BrowserApp()
    {
        UseKestrel(0);
        StartServer();
    }

    public string BaseUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    public string Directory => directory;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("database", $"sqlite:{Path.Combine(directory, "zhixin.db")}");
        builder.UseSetting("Zhixin:Audit:KeyFile", Path.Combine(directory, "keys", "audit-hmac.key"));
        builder.UseSetting("Zhixin:DemoData", "true");
        builder.UseEnvironment("Testing");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(directory, recursive: true);
    }
}
