using System.Globalization;
using BenchmarkDotNet.Running;
using Zhixin.Benchmarks;

// dotnet run -c Release --project bench/Zhixin.Benchmarks -- [rows] [engines]
//   rows     number of generated enterprises (default 1000000)
//   engines  sqlite, postgres or both (default both)
// dotnet run -c Release --project bench/Zhixin.Benchmarks -- plans [BenchmarkDotNet arguments]
//   the plan importer on the five shipped plan documents (BenchmarkDotNet)
if (args.Length > 0 && args[0] == "plans")
{
    BenchmarkSwitcher.FromTypes([typeof(PlanParseBenchmarks), typeof(PlanStoreBenchmarks)]).Run(args[1..]);
    return;
}

var rows = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var engines = args.Length > 1 ? args[1] : "both";
var work = Directory.CreateTempSubdirectory("zhixin-bench-").FullName;
try
{
    var report = await RegisterBenchmark.RunAsync(work, rows, engines);
    Console.WriteLine();
    Console.WriteLine(report);
}
finally
{
    Directory.Delete(work, recursive: true);
}
