using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Zhixin.Platform.Audit;

namespace Zhixin.Platform.Data;

/// <summary>A module's DbContext as the migrator sees it, in level order.</summary>
public sealed record ModuleDatabase(Type ContextType, string Schema, int Level);

public static class ModuleDatabaseRegistration
{
    public const string SqliteMigrationsAssembly = "Zhixin.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Zhixin.Migrations.Postgres";

    /// <summary>
    /// Registers a module's DbContext on the configured engine, with its migrations in the per-provider
    /// migrations assembly, its own history table, and the audit interceptors.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema, int level)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((provider, options) =>
        {
            ConfigureProvider(options, provider.GetRequiredService<DatabaseTarget>(), schema);
            options.AddInterceptors(
                provider.GetRequiredService<AuditInterceptor>(),
                provider.GetRequiredService<AuditCommitInterceptor>());
        });
        services.AddSingleton(new ModuleDatabase(typeof(TContext), schema, level));
        return services;
    }

    public static void ConfigureProvider(DbContextOptionsBuilder options, DatabaseTarget target, string schema)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(target);
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(target.ConnectionString, sqlite => sqlite
                .MigrationsAssembly(SqliteMigrationsAssembly)
                .MigrationsHistoryTable($"__migrations_{schema}"));
            options.AddInterceptors(SqlitePragmas.Instance);
        }
        else
        {
            options.UseNpgsql(target.ConnectionString, npgsql => npgsql
                .MigrationsAssembly(PostgresMigrationsAssembly)
                .MigrationsHistoryTable("__migrations", schema));
        }
    }

    /// <summary>The database named by --database (configuration key "database"), ZHIXIN_DATABASE, or Zhixin:Database.</summary>
    public static DatabaseTarget ResolveTarget(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var setting = configuration["database"]
            ?? Environment.GetEnvironmentVariable("ZHIXIN_DATABASE")
            ?? configuration["Zhixin:Database"]
            ?? DatabaseTarget.DefaultSetting;
        return DatabaseTarget.Parse(setting);
    }

    internal static void AddDatabaseTarget(this IServiceCollection services, IConfiguration configuration) =>
        services.TryAddSingleton(_ => ResolveTarget(configuration));
}
