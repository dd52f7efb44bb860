using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Data;

namespace Zhixin.Tests.Architecture;

public sealed class MigrationTests
{
    /// <summary>A model change without a migration for each engine fails here rather than in production.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Model_WhenComparedWithLatestMigration_HasNoPendingChanges(DatabaseProvider provider)
    {
        var target = provider == DatabaseProvider.Sqlite
            ? DatabaseTarget.ForSqliteFile(Path.Combine(Path.GetTempPath(), "model-only.db"))
            : DatabaseTarget.ForPostgres("Host=127.0.0.1;Database=model_only");

        var pending = ModuleContexts.Create(target)
            .Where(c => c.Database.HasPendingModelChanges())
            .Select(c => c.GetType().Name)
            .ToList();

        Assert.Empty(pending);
    }
}
