using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Zhixin.Tests.Infrastructure;

public sealed class PostgresClusterTests(PostgresCluster cluster)
{
    [Fact]
    public async Task CreateDatabase_WhenTableCreatedInSibling_TableIsAbsent()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var first = await cluster.CreateDatabaseAsync(cancellationToken: cancellationToken);
        var second = await cluster.CreateDatabaseAsync(cancellationToken: cancellationToken);

        await using (var connection = await OpenAsync(first, cancellationToken))
        await using (var create = new NpgsqlCommand("CREATE TABLE widget (id integer PRIMARY KEY)", connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        Assert.NotEqual(DatabaseName(first), DatabaseName(second));
        Assert.True(await TableExistsAsync(first, "widget", cancellationToken));
        Assert.False(await TableExistsAsync(second, "widget", cancellationToken));
    }

    [Fact]
    public async Task SelectVersion_WhenClusterRunning_ReportsPostgres15OrNewer()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var connection = await OpenAsync(cluster.AdminConnectionString, cancellationToken);
        await using var command = new NpgsqlCommand("SELECT version()", connection);

        var version = (string?)await command.ExecuteScalarAsync(cancellationToken);

        Assert.NotNull(version);
        var match = Regex.Match(version, @"^PostgreSQL (\d+)");
        Assert.True(match.Success, $"Unexpected version string: {version}");
        Assert.True(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) >= 15, version);
        TestContext.Current.TestOutputHelper?.WriteLine($"{version}; cluster started in {cluster.StartupDuration.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task DisposingAnApp_ClosesItsConnections_SoAFullRunStaysUnderTheServersLimit()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var app = await ZhixinApp.StartAsync(Engine.Postgres, cluster);
        var database = DatabaseName(Zhixin.Platform.Data.DatabaseTarget.Parse(app.DatabaseSetting).ConnectionString)!;
        var client = await app.SignInAsync(Zhixin.Platform.Identity.Roles.Regulator, region: "350000");
        (await client.GetAsync(new Uri(Zhixin.Platform.PlatformRoutes.ApiMe, UriKind.Relative), cancellationToken)).EnsureSuccessStatusCode();
        Assert.True(await ConnectionsToAsync(database, cancellationToken) > 0, "the app should have pooled a connection to its database");

        await app.DisposeAsync();

        Assert.Equal(0, await ConnectionsToAsync(database, cancellationToken));
    }

    private async Task<long> ConnectionsToAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cluster.AdminConnectionString, cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @database", connection);
        command.Parameters.AddWithValue("database", database);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static string? DatabaseName(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString).Database;

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<bool> TableExistsAsync(string connectionString, string table, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(connectionString, cancellationToken);
        await using var command = new NpgsqlCommand("SELECT to_regclass(@name) IS NOT NULL", connection);
        command.Parameters.AddWithValue("name", "public." + table);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
