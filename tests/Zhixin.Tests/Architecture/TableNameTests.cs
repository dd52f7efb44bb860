using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;
using Zhixin.Inspection.Data;
using Zhixin.Plans.Data;
using Zhixin.Register.Data;

namespace Zhixin.Tests.Architecture;

public sealed class TableNameTests
{
    /// <summary>SQLite has no schemas, so two modules' tables of the same name would collide in one file.</summary>
    [Fact]
    public void TableNames_WhenAllModulesModelled_AreUniqueAcrossModules()
    {
        var tables = ModuleContexts.Create(DatabaseTarget.ForSqliteFile(Path.Combine(Path.GetTempPath(), "model-only.db")))
            .SelectMany(c => c.Model.GetEntityTypes().Select(e => (Context: c.GetType().Name, Table: e.GetTableName())))
            .Where(t => t.Table is not null)
            .Distinct()
            .GroupBy(t => t.Table, StringComparer.Ordinal)
            .Where(g => g.Select(t => t.Context).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.Context))}")
            .ToList();

        Assert.Empty(tables);
    }
}

/// <summary>Every module's DbContext, built without a service provider, for model-level checks.</summary>
internal static class ModuleContexts
{
    public static IReadOnlyList<DbContext> Create(DatabaseTarget target) =>
    [
        new PlatformDbContext(Options<PlatformDbContext>(target, PlatformDbContext.SchemaName)),
        new RegisterDbContext(Options<RegisterDbContext>(target, RegisterDbContext.SchemaName), new CallerContext()),
        new PlansDbContext(Options<PlansDbContext>(target, PlansDbContext.SchemaName), new CallerContext()),
        new InspectionDbContext(Options<InspectionDbContext>(target, InspectionDbContext.SchemaName), new CallerContext()),
    ];

    private static DbContextOptions<T> Options<T>(DatabaseTarget target, string schema) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        ModuleDatabaseRegistration.ConfigureProvider(builder, target, schema);
        return builder.Options;
    }
}
