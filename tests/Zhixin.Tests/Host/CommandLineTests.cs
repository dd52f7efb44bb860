using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Host;

/// <summary>The <c>zhixin</c> executable as a user meets it: verbs, options, exit codes, messages.</summary>
public sealed class CommandLineTests(PostgresCluster postgres) : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("zhixin-cli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string KeyFile => Path.Combine(directory, "keys", "audit-hmac.key");

    [Fact]
    public async Task Migrate_WhenNewSqliteFile_CreatesSchemaThenReportsUpToDate()
    {
        var database = $"sqlite:{Path.Combine(directory, "new", "zhixin.db")}";

        var first = await ZhixinCli.RunAsync(database, KeyFile, "migrate");
        var second = await ZhixinCli.RunAsync(database, KeyFile, "migrate");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("applied platform", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("schema up to date", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_WhenPostgres_CreatesSchemaPerModule()
    {
        var database = $"postgres:{await postgres.CreateDatabaseAsync(cancellationToken: TestContext.Current.CancellationToken)}";

        var result = await ZhixinCli.RunAsync(database, KeyFile, "migrate");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("PostgreSQL", result.Output, StringComparison.Ordinal);
        Assert.Contains("register: ", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("oracle:whatever", "Unknown database kind")]
    [InlineData("zhixin.db", "must start with sqlite: or postgres:")]
    [InlineData("postgres:Host=127.0.0.1;Port=1;Database=x;Timeout=2", "")]
    public async Task AnyVerb_WhenDatabaseSettingIsBad_ExitsNonZeroWithMessage(string database, string message)
    {
        var result = await ZhixinCli.RunAsync(database, KeyFile, "migrate");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.StartsWith("zhixin:", result.Error.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zhixin_WhenVerbUnknown_ExitsNonZero()
    {
        var result = await ZhixinCli.RunAsync($"sqlite:{Path.Combine(directory, "z.db")}", KeyFile, "improt", "enterprises");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("improt", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WhenSameSeed_WritesTheSameRows()
    {
        var database = $"sqlite:{Path.Combine(directory, "g.db")}";
        var first = Path.Combine(directory, "a.csv");
        var second = Path.Combine(directory, "b.csv");

        var a = await ZhixinCli.RunAsync(database, KeyFile, "generate", "--enterprises", "500", "--seed", "42", "--output", first);
        var b = await ZhixinCli.RunAsync(database, KeyFile, "generate", "--enterprises", "500", "--seed", "42", "--output", second);

        Assert.True(a.ExitCode == 0 && b.ExitCode == 0, a.Error + b.Error);
        Assert.Equal(await File.ReadAllTextAsync(first, TestContext.Current.CancellationToken), await File.ReadAllTextAsync(second, TestContext.Current.CancellationToken));
        Assert.Equal(501, (await File.ReadAllLinesAsync(first, TestContext.Current.CancellationToken)).Length);
    }

    [Fact]
    public async Task Generate_WhenIntoDatabase_EveryCodeImportsAsValid()
    {
        var database = $"sqlite:{Path.Combine(directory, "gen.db")}";
        Assert.Equal(0, (await ZhixinCli.RunAsync(database, KeyFile, "migrate")).ExitCode);
        var file = Path.Combine(directory, "gen.csv");
        Assert.Equal(0, (await ZhixinCli.RunAsync(database, KeyFile, "generate", "--enterprises", "2000", "--seed", "3", "--output", file)).ExitCode);

        var check = await ZhixinCli.RunAsync(database, KeyFile, "import", "enterprises", file, "--dry-run");

        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Contains("将新增 2000 家", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WhenNothingAsked_ExitsNonZero()
    {
        var result = await ZhixinCli.RunAsync($"sqlite:{Path.Combine(directory, "n.db")}", KeyFile, "generate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--enterprises", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_WhenStartedOnNewDatabase_AnswersHealthAndPrintsDemoLogins()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "zhixin.dll"), "serve", "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ZHIXIN_DATABASE"] = $"sqlite:{Path.Combine(directory, "serve", "zhixin.db")}";
        start.Environment["Zhixin__Audit__KeyFile"] = KeyFile;
        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        // The banner is written once the server listens; its last login line means all of it has arrived.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data?.Contains("auditor", StringComparison.Ordinal) == true)
            {
                started.TrySetResult();
            }
        };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => started.TrySetException(new InvalidOperationException($"zhixin serve exited with {process.ExitCode} before it was ready"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await started.Task.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

            var health = await http.GetAsync("/health", TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Contains("\"database\"", await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/metrics", TestContext.Current.CancellationToken)).StatusCode);
            lock (output)
            {
                Assert.Contains($"http://127.0.0.1:{port}", output.ToString(), StringComparison.Ordinal);
                Assert.Contains("fujian", output.ToString(), StringComparison.Ordinal);
                Assert.Contains("Zhixin@2026", output.ToString(), StringComparison.Ordinal);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
