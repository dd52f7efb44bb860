using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Modules;
using Zhixin.Platform.Scoping;

namespace Zhixin.Platform.Data;

/// <summary>
/// Before the server takes requests: migrate the database (Zhixin:MigrateOnStartup, on by default) and, on a
/// database without accounts, load the modules' demo data (Zhixin:DemoData: "auto" loads it on SQLite only).
/// </summary>
internal sealed partial class DatabaseStartup(IServiceProvider services, IConfiguration configuration, ILogger<DatabaseStartup> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Zhixin:MigrateOnStartup", true))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        ((CallerContext)provider.GetRequiredService<ICallerContext>()).Current = Caller.System("startup");
        var target = provider.GetRequiredService<DatabaseTarget>();
        var applied = await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var description = target.Describe();
        LogMigrated(logger, description, applied.Count);

        var demo = configuration["Zhixin:DemoData"] ?? "auto";
        var wanted = demo.Equals("true", StringComparison.OrdinalIgnoreCase)
            || (demo.Equals("auto", StringComparison.OrdinalIgnoreCase) && target.Provider == DatabaseProvider.Sqlite);
        var users = provider.GetRequiredService<UserManager<ZhixinUser>>();
        if (wanted && !await users.Users.AnyAsync(cancellationToken))
        {
            foreach (var seed in provider.GetServices<IDemoDataSeed>().OrderBy(s => s.Order))
            {
                await seed.SeedAsync(cancellationToken);
            }

            LogDemoData(logger);
        }

        DemoAccountsPresent = await users.FindByNameAsync(DemoAccounts.All[0].UserName) is not null;
    }

    /// <summary>Whether the demo logins exist, so the start-up banner can list them.</summary>
    public bool DemoAccountsPresent { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Database {Database} ready ({Applied} migrations applied)")]
    private static partial void LogMigrated(ILogger logger, string database, int applied);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Demo data loaded")]
    private static partial void LogDemoData(ILogger logger);
}
