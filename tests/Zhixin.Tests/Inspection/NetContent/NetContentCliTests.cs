using System.Text.Json;
using Zhixin.Inspection;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Tabular;

namespace Zhixin.Tests.Inspection.NetContent;

/// <summary>
/// <c>zhixin check net-content</c> through the real executable. The verb needs no database: the one named
/// here is never created. Texts are compared in the UI language this process shares with the child.
/// </summary>
public sealed class NetContentCliTests : IDisposable
{
    private readonly TempDirectory files = new();

    public void Dispose() => files.Dispose();

    private string Database => $"sqlite:{files.File("never.db")}";

    private string KeyFile => Path.Combine(files.Path, "keys", "audit-hmac.key");

    // Qn = 500 g, N = 30 → n = 10. 5 × 495 g + 5 × 497 g: every unit within T = 15 g, but q̄ = 496 g is below
    // Qn − λ·s = 500 − 1.028 × √(10 / 9) = 498.9164 g, so the lot fails.
    private const string FailingLot = "# 批次 A\n495\n495\n495\n495\n495\n\n497\n497\n497\n497\n497\n";

    // The same lot declared as 0.5 kg.
    private const string FailingLotInKilograms = "0.495\n0.495\n0.495\n0.495\n0.495\n0.497\n0.497\n0.497\n0.497\n0.497\n";

    [Fact]
    public async Task CheckNetContent_WhenLotFails_ExitsZeroAndPrintsTheVerdictAndEveryStep()
    {
        var path = await WriteAsync("lot.txt", FailingLot);

        var result = await CheckAsync(path, "500", "g", "30", "--date", "2020-06-01");

        Assert.True(result.ExitCode == 0, result.Error);
        foreach (var step in new[]
        {
            "jjf1070-2005", "N = 30", "n = 10", "λ = 1.028", "300 < Qn ≤ 500 g: T = 3 %", "3 % × 500 g = 15 g",
            "T1 = Qn − T = 485 g", "T2 = Qn − 2T = 470 g", "q̄ = 496 g", "498.9164 g", InspectionText.Get("NetContent.Verdict.Fail"),
        })
        {
            Assert.Contains(step, result.Output, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(files.File("never.db")), "The verb opened a database.");
    }

    [Fact]
    public async Task CheckNetContent_WhenJson_PrintsTheWholeResult()
    {
        var path = await WriteAsync("lot.txt", FailingLotInKilograms);

        var result = await CheckAsync(path, "0.5", "kg", "30",
            "--format", "json", "--edition", "jjf1070-2005");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("fail", root.GetProperty("verdict").GetString());
        Assert.Equal("jjf1070-2005", root.GetProperty("edition").GetProperty("id").GetString());
        Assert.Equal(10, root.GetProperty("samplePlan").GetProperty("sampleSize").GetInt32());
        Assert.Equal(0.015m, root.GetProperty("tolerableDeficiency").GetProperty("value").GetDecimal());
        Assert.Equal(15m, root.GetProperty("tolerableDeficiency").GetProperty("roundedInBase").GetDecimal());
        Assert.Equal(10, root.GetProperty("units").GetArrayLength());
        Assert.Equal("notMet", root.GetProperty("reasons")[2].GetProperty("outcome").GetString());
        Assert.Equal(0.496m, root.GetProperty("mean").GetProperty("mean").GetDecimal());
    }

    [Theory]
    [InlineData("# 批次 A\n495\n49,5\n", 3, "49,5")] // not a number
    [InlineData("# 批次 A\n\n495\n-495\n", 4, "-495")] // a number the calculator refuses
    public async Task CheckNetContent_WhenALineCannotBeUsed_ExitsNonZeroNamingFileLineAndText(string content, int line, string text)
    {
        var path = await WriteAsync("lot.txt", content);

        var result = await CheckAsync(path, "500", "g", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:{line}:", result.Error, StringComparison.Ordinal);
        Assert.Contains(text, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckNetContent_WhenTooFewMeasurements_ExitsNonZeroSayingHowMany()
    {
        var path = await WriteAsync("lot.txt", "495\n495\n495\n");

        var result = await CheckAsync(path, "500", "g", "30");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(path, result.Error, StringComparison.Ordinal);
        Assert.Contains(InspectionText.Format("NetContent.Error.TooFewMeasurements", 30L, 10, 3), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckNetContent_WhenUnitUnknown_ExitsNonZeroNamingTheOption()
    {
        var path = await WriteAsync("lot.txt", "495\n");

        var result = await CheckAsync(path, "500", "lb", "1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--unit", result.Error, StringComparison.Ordinal);
        Assert.Contains("lb", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckNetContent_WhenDatabaseSettingIsNonsense_StillRuns()
    {
        var path = await WriteAsync("lot.txt", "500\n");

        var result = await ZhixinCli.RunAsync("oracle:whatever", KeyFile, "check", "net-content", path, "--nominal", "500", "--unit", "g", "--lot-size", "1");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains(InspectionText.Get("NetContent.Verdict.Pass"), result.Output, StringComparison.Ordinal);
    }

    private Task<ZhixinCli.Result> CheckAsync(string path, string nominal, string unit, string lotSize, params string[] more) =>
        ZhixinCli.RunAsync(Database, KeyFile, ["check", "net-content", path, "--nominal", nominal, "--unit", unit, "--lot-size", lotSize, .. more]);

    private async Task<string> WriteAsync(string name, string text)
    {
        var path = files.File(name);
        await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
        return path;
    }
}
