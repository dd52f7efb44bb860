namespace Zhixin.Tests.Infrastructure;

/// <summary>One platform per engine for a test class; tests build their own data with unique codes.</summary>
public sealed class Apps(PostgresCluster postgres) : IAsyncLifetime
{
    private readonly Dictionary<Engine, ZhixinApp> apps = [];

    public ZhixinApp this[Engine engine] => apps[engine];

    public async ValueTask InitializeAsync()
    {
        apps[Engine.Sqlite] = await ZhixinApp.StartAsync(Engine.Sqlite, postgres);
        apps[Engine.Postgres] = await ZhixinApp.StartAsync(Engine.Postgres, postgres);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in apps.Values)
        {
            await app.DisposeAsync();
        }
    }
}
