using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Zhixin.Platform.Data;

/// <summary>
/// Brings the database to the current schema, module by module in level order, then brings the reference
/// data that ships with the modules up to date. Never EnsureCreated: every schema change is a
/// checked-in migration for each engine.
/// </summary>
public sealed class DatabaseMigrator(IServiceProvider services, IEnumerable<ModuleDatabase> modules, DatabaseTarget target)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        if (target.SqliteFile is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }

        var applied = new List<string>();
        foreach (var module in modules.OrderBy(m => m.Level).ThenBy(m => m.Schema, StringComparer.Ordinal))
        {
            var context = (DbContext)services.GetRequiredService(module.ContextType);
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await context.Database.MigrateAsync(cancellationToken);
            applied.AddRange(pending.Select(p => $"{module.Schema}: {p}"));
        }

        foreach (var seed in services.GetServices<IReferenceDataSeed>())
        {
            await seed.SyncAsync(cancellationToken);
        }

        return applied;
    }
}
