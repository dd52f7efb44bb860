using System.Globalization;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Register;

/// <summary>
/// A 200 MB government-sized file goes through the real executable with bounded memory: rows stream, and
/// the duplicate check keeps a few bytes per code. This asserts memory, never time.
/// </summary>
public sealed class LargeImportTests(PostgresCluster postgres)
{
    private const long Rows = 1_350_000;
    private const long MemoryBound = 400L * 1024 * 1024;

    [Fact]
    public async Task Import_When200MegabyteCsv_StoresEveryRowWithBoundedMemory()
    {
        await using var app = await ZhixinApp.StartAsync(Engine.Sqlite, postgres);
        var directory = Path.GetDirectoryName(Path.GetDirectoryName(app.KeyFile))!;
        var file = Path.Combine(directory, "register-200mb.csv");
        var generated = await ZhixinCli.RunAsync(app, "generate", "--enterprises", Rows.ToString(CultureInfo.InvariantCulture), "--seed", "7", "--output", file);
        Assert.True(generated.ExitCode == 0, generated.Error);
        Assert.True(new FileInfo(file).Length >= 200_000_000, $"the file has {new FileInfo(file).Length:N0} bytes");

        var (result, peak) = await PeakMemory.RunAsync(app.DatabaseSetting, app.KeyFile, "import", "enterprises", file);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"新增 {Rows} 家", result.Output, StringComparison.Ordinal);
        Assert.InRange(peak, 1, MemoryBound);
        var table = RawSql.Table(app, "register", "enterprises");
        Assert.Equal(Rows, Convert.ToInt64(await RawSql.ScalarAsync(app, $"SELECT COUNT(*) FROM {table}"), CultureInfo.InvariantCulture));
    }
}
