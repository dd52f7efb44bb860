using Npgsql;

namespace Zhixin.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database the platform talks to, written as <c>sqlite:PATH</c> or <c>postgres:CONNECTION-STRING</c>
/// in configuration (<c>Zhixin:Database</c>), the <c>ZHIXIN_DATABASE</c> environment variable or the
/// <c>--database</c> option of every command.
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSetting = "sqlite:data/zhixin.db";

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqliteFile { get; private init; }

    public static DatabaseTarget Parse(string setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var separator = setting.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0)
        {
            throw new FormatException(
                $"The database setting \"{setting}\" must start with sqlite: or postgres:, e.g. sqlite:data/zhixin.db.");
        }

        var scheme = setting[..separator].Trim().ToLowerInvariant();
        var rest = setting[(separator + 1)..].Trim();
        if (rest.Length == 0)
        {
            throw new FormatException($"The database setting \"{setting}\" names no file or connection string after \"{scheme}:\".");
        }

        return scheme switch
        {
            "sqlite" => ForSqliteFile(rest),
            "postgres" or "postgresql" => ForPostgres(rest),
            _ => throw new FormatException($"Unknown database kind \"{scheme}\" in \"{setting}\": use sqlite: or postgres:."),
        };
    }

    public static DatabaseTarget ForSqliteFile(string path)
    {
        var full = Path.GetFullPath(path);
        // Pooling stays on; the file is shared by the server and the command-line verbs, so waits on a
        // writer's lock are bounded by the default timeout rather than failing at once.
        return new DatabaseTarget(DatabaseProvider.Sqlite, $"Data Source={full};Foreign Keys=True;Default Timeout=30")
        {
            SqliteFile = full,
        };
    }

    public static DatabaseTarget ForPostgres(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"The PostgreSQL connection string is malformed: {e.Message}", e);
        }

        return new DatabaseTarget(DatabaseProvider.Postgres, connectionString);
    }

    /// <summary>For messages and logs: the file, or the host and database without the password.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Sqlite => $"SQLite {SqliteFile}",
        _ => DescribePostgres(ConnectionString),
    };

    private static string DescribePostgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }
}
