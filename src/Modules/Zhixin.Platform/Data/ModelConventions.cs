using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Zhixin.Platform.Data;

/// <summary>
/// Naming shared by every module's model: on PostgreSQL each module has its own schema; on SQLite, which
/// has no schemas, table names are unique across modules (an architecture test checks it). Columns are
/// snake_case so hand-written SQL (bulk COPY, benchmarks, reports) reads naturally on both engines.
/// </summary>
public static class ModelConventions
{
    public static void Apply(ModelBuilder modelBuilder, DatabaseFacade database, string schema)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(database);
        if (database.IsNpgsql())
        {
            modelBuilder.HasDefaultSchema(schema);
        }

        var sqlite = !database.IsNpgsql();
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
                if (sqlite && property.GetValueConverter() is null
                    && (property.ClrType == typeof(DateTimeOffset) || property.ClrType == typeof(DateTimeOffset?)))
                {
                    // SQLite cannot compare or order DateTimeOffset text; UTC ticks sort and compare exactly.
                    property.SetValueConverter(UtcTicksConverter.Instance);
                }
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(SnakeCase(key.GetName() ?? ""));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(SnakeCase(index.GetDatabaseName() ?? ""));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(SnakeCase(foreignKey.GetConstraintName() ?? ""));
            }
        }
    }

    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]) && i > 0 && char.IsUpper(name[i - 1]);
                if (previousIsLowerOrDigit || nextIsLower)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    internal static IEnumerable<IMutableEntityType> RootEntityTypes(this ModelBuilder modelBuilder) =>
        modelBuilder.Model.GetEntityTypes().Where(e => e.BaseType is null && !e.IsOwned());
}
