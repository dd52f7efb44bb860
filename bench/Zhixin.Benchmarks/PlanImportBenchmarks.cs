using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Zhixin.Host;
using Zhixin.Platform;
using Zhixin.Platform.Data;
using Zhixin.Platform.Departments;
using Zhixin.Platform.Scoping;
using Zhixin.Plans;
using Zhixin.Plans.Data;
using Zhixin.Plans.Features.ImportPlan;
using Zhixin.Plans.Import.Matching;
using Zhixin.Plans.Import.Parsing;
using Zhixin.Plans.Indicators;
using Zhixin.Register;

namespace Zhixin.Benchmarks;

/// <summary>
/// Reading a plan document: decoding and parsing against the bare cost of decoding the bytes and splitting the
/// lines (the baseline), then with department matching and target parsing added.
/// </summary>
[MemoryDiagnoser]
public class PlanParseBenchmarks
{
    private byte[] bytes = [];
    private DepartmentMatcher matcher = null!;

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = "";

    public static IEnumerable<string> Seeds => DemoPlanDocuments.All;

    [GlobalSetup]
    public void Setup()
    {
        bytes = DemoPlanDocuments.Read(Seed);
        matcher = new DepartmentMatcher(ShippedDepartments.All);
    }

    [Benchmark(Baseline = true)]
    public int DecodeAndSplitLines() => Encoding.UTF8.GetString(bytes).Split('\n').Length;

    [Benchmark]
    public int DecodeAndParse() => PlanDocumentParser.Parse(PlanTextDecoder.Decode(bytes).Text!).Tasks.Count;

    [Benchmark]
    public int ParseMatchAndReadTargets()
    {
        var parsed = PlanDocumentParser.Parse(PlanTextDecoder.Decode(bytes).Text!);
        var jurisdiction = new JurisdictionFinder().Find(parsed);
        var matched = parsed.Tasks.SelectMany(t => t.Lead.Concat(t.Participants).Concat(t.Responsible))
            .Count(name => matcher.Match(name, jurisdiction) is not null);
        return matched + parsed.Targets.Sum(t => TargetParser.Parse(t.Text, 2015).Count);
    }
}

/// <summary>
/// The whole import through the same handler the API and the command line use, into a real SQLite file: the
/// dry run (read, match, duplicate check; no writes) is the baseline, the import adds the one transaction that
/// stores the plan. Each iteration imports once into a database emptied of plans beforehand.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class PlanStoreBenchmarks
{
    private IHost host = null!;
    private string directory = "";
    private byte[] bytes = [];

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = "";

    public static IEnumerable<string> Seeds => DemoPlanDocuments.All;

    [GlobalSetup]
    public void Setup()
    {
        directory = Directory.CreateTempSubdirectory("zhixin-plan-bench-").FullName;
        host = CommandHost.Build("sqlite:" + Path.Combine(directory, "bench.db"), [new PlatformModule(), new RegisterModule(), new PlansModule()]);
        using var scope = SystemScope.Create(host.Services, "bench");
        scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        bytes = DemoPlanDocuments.Read(Seed);
    }

    [IterationSetup]
    public void EmptyPlans()
    {
        using var scope = SystemScope.Create(host.Services, "bench");
        scope.ServiceProvider.GetRequiredService<PlansDbContext>().Plans.ExecuteDelete();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> DryRun() => await ImportAsync(dryRun: true);

    [Benchmark]
    public async Task<int> Import() => await ImportAsync(dryRun: false);

    [GlobalCleanup]
    public void Cleanup()
    {
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private async Task<int> ImportAsync(bool dryRun)
    {
        await using var scope = SystemScope.Create(host.Services, "bench");
        var outcome = await scope.ServiceProvider.GetRequiredService<ImportPlanHandler>()
            .HandleAsync(new ImportPlanRequest(Seed, bytes, dryRun), CancellationToken.None);
        return outcome.IsSuccess ? outcome.Value!.Tasks.Count : throw new InvalidOperationException(outcome.Message ?? outcome.Errors.ToString());
    }
}
