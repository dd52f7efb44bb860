using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Zhixin.Platform;
using Zhixin.Platform.Data;
using Zhixin.Platform.Identity;

namespace Zhixin.Tests.Infrastructure;

/// <summary>
/// The whole platform on a real database of its own: a temporary SQLite file or a fresh database in the
/// throwaway PostgreSQL cluster, its own audit key, and a fake clock the test controls.
/// </summary>
public sealed class ZhixinApp : WebApplicationFactory<Program>
{
    public const string Password = "Test@Pass1";

    private readonly string directory;

    private readonly IReadOnlyDictionary<string, string> settings;

    private ZhixinApp(Engine engine, string databaseSetting, string directory, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.settings = settings ?? new Dictionary<string, string>();
        Engine = engine;
        DatabaseSetting = databaseSetting;
        this.directory = directory;
    }

    public Engine Engine { get; }

    public string DatabaseSetting { get; }

    public string KeyFile => Path.Combine(directory, "keys", "audit-hmac.key");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));

    /// <param name="settings">Configuration for this app only (e.g. a small rate limit), over the test defaults.</param>
    public static async Task<ZhixinApp> StartAsync(Engine engine, PostgresCluster postgres, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(postgres);
        var directory = Directory.CreateTempSubdirectory("zhixin-test-").FullName;
        var setting = engine == Engine.Sqlite
            ? $"sqlite:{Path.Combine(directory, "zhixin.db")}"
            : $"postgres:{await postgres.CreateDatabaseAsync()}";
        var app = new ZhixinApp(engine, setting, directory, settings);
        // Starting the server runs the migrations; a test then begins on a ready database.
        _ = app.Server;
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("database", DatabaseSetting);
        builder.UseSetting("Zhixin:Audit:KeyFile", KeyFile);
        builder.UseSetting("Zhixin:DemoData", "false");
        builder.UseSetting("Zhixin:Identity:MaxFailedAccessAttempts", "3");
        // Every test client shares one address; only the rate limit's own test sets a small limit.
        builder.UseSetting("Zhixin:Credit:PublicLookup:PermitsPerMinute", "1000000");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Testing");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Creates an account with one role (and its region or enterprise) and returns a client signed in as it.</summary>
    public async Task<HttpClient> SignInAsync(string role, string? region = null, string? enterprise = null, string? userName = null, string? department = null)
    {
        userName ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..30];
        await CreateUserAsync(userName, role, region, enterprise, department);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsJsonAsync(PlatformRoutes.ApiSignIn, new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    public async Task CreateUserAsync(string userName, string role, string? region = null, string? enterprise = null, string? department = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ZhixinUser>>();
        var user = new ZhixinUser
        {
            UserName = userName,
            DisplayName = userName,
            RegionCode = region,
            EnterpriseCreditCode = enterprise,
            DepartmentCode = department,
            CreatedAt = Clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Runs code with the app's services in a scope acting as the system (for arranging data directly).</summary>
    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        var callers = (Zhixin.Platform.Scoping.CallerContext)scope.ServiceProvider.GetRequiredService<Zhixin.Platform.Scoping.ICallerContext>();
        callers.Current = Zhixin.Platform.Scoping.Caller.System("test");
        return await action(scope.ServiceProvider);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Engine == Engine.Postgres)
        {
            // Each test's database has a pool of its own whose idle connections would otherwise live on
            // for minutes; across a full run they add up to the shared server's max_connections.
            await using var connection = new Npgsql.NpgsqlConnection(DatabaseTarget.Parse(DatabaseSetting).ConnectionString);
            Npgsql.NpgsqlConnection.ClearPool(connection);
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled connection; the temp directory is cleaned by the OS.
        }
    }
}
