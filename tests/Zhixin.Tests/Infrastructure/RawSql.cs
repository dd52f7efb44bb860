using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Zhixin.Platform.Data;

namespace Zhixin.Tests.Infrastructure;

/// <summary>Direct SQL against an app's database, for tests that play the part of someone bypassing the platform.</summary>
public static class RawSql
{
    public static async Task<int> ExecuteAsync(ZhixinApp app, string sql)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var connection = Open(app);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Test code: the SQL is written by the test itself.
        command.CommandText = sql;
#pragma warning restore CA2100
        return await command.ExecuteNonQueryAsync();
    }

    public static async Task<object?> ScalarAsync(ZhixinApp app, string sql)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var connection = Open(app);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Test code: the SQL is written by the test itself.
        command.CommandText = sql;
#pragma warning restore CA2100
        return await command.ExecuteScalarAsync();
    }

    /// <summary>A table's name as SQL, schema-qualified on PostgreSQL.</summary>
    public static string Table(ZhixinApp app, string schema, string table)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Engine == Engine.Postgres ? $"{schema}.{table}" : table;
    }

    private static DbConnection Open(ZhixinApp app)
    {
        var target = DatabaseTarget.Parse(app.DatabaseSetting);
        return target.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(target.ConnectionString)
            : new NpgsqlConnection(target.ConnectionString);
    }
}
