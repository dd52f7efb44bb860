using System.Text.Json;
using Zhixin.Plans.Data;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Plans.Api;
using Zhixin.Tests.Platform.Tabular;

namespace Zhixin.Tests.Plans.Cli;

/// <summary><c>zhixin import plan FILE</c> through the real executable.</summary>
public sealed class ImportPlanCliTests(Apps apps) : IClassFixture<Apps>, IDisposable
{
    private readonly TempDirectory files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public async Task ImportPlan_WhenDryRunAsJson_PrintsTheParseInTheDocumentedShape()
    {
        var path = files.File("pingxiang.txt");
        await File.WriteAllBytesAsync(path, DemoPlanDocuments.Read(DemoPlanDocuments.Pingxiang2013), TestContext.Current.CancellationToken);

        var result = await ZhixinCli.RunAsync(apps[Engine.Sqlite], "import", "plan", path, "--dry-run", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("萍府发〔2013〕7号", root.GetProperty("documentNumber").GetString());
        Assert.Equal(8, root.GetProperty("sections").GetArrayLength());
        Assert.Equal("一", root.GetProperty("sections")[0].GetProperty("number").GetString());
        var tasks = root.GetProperty("tasks");
        Assert.Equal(33, tasks.GetArrayLength());
        Assert.Equal("(四)", tasks[3].GetProperty("number").GetString());
        Assert.Equal("二", tasks[3].GetProperty("section").GetString());
        foreach (var property in new[] { "title", "text", "translation", "lead", "participants", "responsible" })
        {
            Assert.True(tasks[0].TryGetProperty(property, out _), property);
        }

        Assert.True(root.GetProperty("warnings").GetArrayLength() > 0);
        Assert.DoesNotContain("(zhì)", result.Output, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("planId").ValueKind);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ImportPlan_WhenImportedTwice_StoresOnceAndFailsTheSecondTime(Engine engine)
    {
        var path = files.File($"henan-{engine}.txt");
        await File.WriteAllTextAsync(path, TestPlans.Henan(TestCodes.ChineseToken(), TestPlans.NextNumber()), TestContext.Current.CancellationToken);

        var first = await ZhixinCli.RunAsync(apps[engine], "import", "plan", path);
        var second = await ZhixinCli.RunAsync(apps[engine], "import", "plan", path);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("3 项任务", first.Output, StringComparison.Ordinal);
        Assert.Contains("牵头：省质监局", first.Output, StringComparison.Ordinal);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("已导入", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPlan_WhenFileIsEmpty_ExitsNonZeroNamingTheFile()
    {
        var path = files.File("empty.txt");
        await File.WriteAllBytesAsync(path, [], TestContext.Current.CancellationToken);

        var result = await ZhixinCli.RunAsync(apps[Engine.Sqlite], "import", "plan", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("empty.txt", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPlan_WhenFileHasNoItems_ExitsNonZeroAndSaysSo()
    {
        var path = files.File("prose.txt");
        await File.WriteAllTextAsync(path, "关于加强质量工作的一些想法。\n这里没有任何编号条目。\n", TestContext.Current.CancellationToken);

        var result = await ZhixinCli.RunAsync(apps[Engine.Sqlite], "import", "plan", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("未在文档中识别出任何任务条目", result.Error, StringComparison.Ordinal);
    }
}
