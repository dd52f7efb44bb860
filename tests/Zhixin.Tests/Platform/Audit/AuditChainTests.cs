using System.Net.Http.Json;
using Zhixin.Platform.Identity;
using Zhixin.Register;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Platform.Audit;

/// <summary>
/// The audit chain through the real executable: each test gets its own database (tampering must not leak
/// into other tests), makes audited changes through the API, tampers with the table directly, and expects
/// <c>zhixin audit verify</c> to say what happened and exit non-zero.
/// </summary>
public sealed class AuditChainTests(PostgresCluster postgres)
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Verify_WhenChainUntouched_ExitsZero(Engine engine)
    {
        await using var app = await ArrangeAsync(engine);

        var result = await ZhixinCli.RunAsync(app, "audit", "verify");

        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        Assert.Contains("intact", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Verify_WhenEntryAltered_ReportsThatEntry(Engine engine)
    {
        await using var app = await ArrangeAsync(engine);
        var table = RawSql.Table(app, "platform", "audit_entries");
        await RawSql.ExecuteAsync(app, $"UPDATE {table} SET actor_name = 'someone-else' WHERE sequence = 2");

        var result = await ZhixinCli.RunAsync(app, "audit", "verify");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("entry 2: altered", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Verify_WhenMiddleEntryRemoved_ReportsGap(Engine engine)
    {
        await using var app = await ArrangeAsync(engine);
        var table = RawSql.Table(app, "platform", "audit_entries");
        await RawSql.ExecuteAsync(app, $"DELETE FROM {table} WHERE sequence = 2");

        var result = await ZhixinCli.RunAsync(app, "audit", "verify");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("entry 2: missing", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Verify_WhenNewestEntryRemoved_ReportsTruncation(Engine engine)
    {
        await using var app = await ArrangeAsync(engine);
        var table = RawSql.Table(app, "platform", "audit_entries");
        await RawSql.ExecuteAsync(app, $"DELETE FROM {table} WHERE sequence = (SELECT MAX(sequence) FROM {table})");

        var result = await ZhixinCli.RunAsync(app, "audit", "verify");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("truncated", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Verify_WhenForgedEntryInserted_ReportsIt(Engine engine)
    {
        await using var app = await ArrangeAsync(engine);
        var table = RawSql.Table(app, "platform", "audit_entries");
        // Renumber the tail to make room, as a forger who knows the layout but not the key would.
        var max = Convert.ToInt64(await RawSql.ScalarAsync(app, $"SELECT MAX(sequence) FROM {table}"), System.Globalization.CultureInfo.InvariantCulture);
        await RawSql.ExecuteAsync(app, $"UPDATE {table} SET sequence = sequence + 1000 WHERE sequence >= 2");
        await RawSql.ExecuteAsync(app, $"UPDATE {table} SET sequence = sequence - 999 WHERE sequence >= 1002");
        await RawSql.ExecuteAsync(app,
            $"INSERT INTO {table} (sequence, occurred_at, actor_id, actor_name, action, entity_type, mac) " +
            $"SELECT 2, occurred_at, actor_id, actor_name, 'delete', 'Enterprise', mac FROM {table} WHERE sequence = 1");
        Assert.Equal(max + 1, Convert.ToInt64(await RawSql.ScalarAsync(app, $"SELECT MAX(sequence) FROM {table}"), System.Globalization.CultureInfo.InvariantCulture));

        var result = await ZhixinCli.RunAsync(app, "audit", "verify");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("entry 2: altered", result.Error, StringComparison.Ordinal);
    }

    private async Task<ZhixinApp> ArrangeAsync(Engine engine)
    {
        var app = await ZhixinApp.StartAsync(engine, postgres);
        var client = await app.SignInAsync(Roles.Regulator, "350000");
        for (var i = 0; i < 3; i++)
        {
            var response = await client.PostAsJsonAsync(RegisterRoutes.ApiEnterprises, new
            {
                creditCode = TestCodes.CreditCode(),
                name = $"审计测试{TestCodes.Token()}有限公司",
                regionCode = "350100",
            }, TestContext.Current.CancellationToken);
            response.EnsureSuccessStatusCode();
        }

        return app;
    }
}
