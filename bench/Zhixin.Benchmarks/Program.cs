using System.Globalization;
using BenchmarkDotNet.Running;
using Zhixin.Benchmarks;
using Zhixin.Benchmarks.Infrastructure;

// dotnet run -c Release --project bench/Zhixin.Benchmarks -- [rows] [engines]
//   rows     number of generated enterprises (default 1000000)
//   engines  sqlite, postgres or both (default both)
// dotnet run -c Release --project bench/Zhixin.Benchmarks -- plans [BenchmarkDotNet arguments]
//   the plan importer on the five shipped plan documents (BenchmarkDotNet)
// dotnet run -c Release --project bench/Zhixin.Benchmarks -- credit [firms] [records]
//   firms    number of generated firms with credit files (default 1000000)
//   records  average records per firm (default 20)
// dotnet run -c Release --project bench/Zhixin.Benchmarks -- public-lookup [firms] [rounds] [seconds] [threads]
//   firms    number of generated firms in the register, each with a credit file (default 200000)
//   rounds   rounds of the bare endpoint and the public lookup in turn (default 3)
//   seconds  measured seconds per round and server, after a warm-up of half as long (default 20)
//   threads  wrk threads (default 2); wrk (Debian package wrk) must be installed
//   codes    firms drawn at random whose codes are asked for (default 10000), and a tenth as many unknown codes
// dotnet run -c Release --project bench/Zhixin.Benchmarks -- inspection [rows] [engines] [samples]
//   rows     number of generated spot-check results (default 10000000)
//   engines  postgres, sqlite or both (default postgres)
//   samples  timed runs of each query after two warm-up runs (default 10)
if (args.Length > 0 && args[0] == "credit")
{
    var creditWork = Directory.CreateTempSubdirectory("zhixin-bench-").FullName;
    try
    {
        Console.WriteLine(await CreditBenchmark.RunAsync(
            creditWork,
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20));
    }
    finally
    {
        Directory.Delete(creditWork, recursive: true);
    }

    return;
}

if (args.Length > 0 && args[0] == "public-lookup")
{
    var lookupWork = Directory.CreateTempSubdirectory("zhixin-bench-").FullName;
    try
    {
        Console.WriteLine(await PublicLookupBenchmark.RunAsync(
            lookupWork,
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200_000,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3,
            args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20,
            args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 2,
            args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 10_000));
    }
    finally
    {
        Directory.Delete(lookupWork, recursive: true);
    }

    return;
}

// The yardstick server of the public-lookup run, started by it as a process of its own.
if (args.Length > 0 && args[0] == "bare-endpoint")
{
    await BareEndpoint.RunAsync(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
    return;
}

if (args.Length > 0 && args[0] == "plans")
{
    BenchmarkSwitcher.FromTypes([typeof(PlanParseBenchmarks), typeof(PlanStoreBenchmarks)]).Run(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "inspection")
{
    var inspectionWork = Directory.CreateTempSubdirectory("zhixin-bench-").FullName;
    try
    {
        var statistics = await InspectionBenchmark.RunAsync(
            inspectionWork,
            args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000,
            args.Length > 2 ? args[2] : "postgres",
            args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10);
        Console.WriteLine();
        Console.WriteLine(statistics);
    }
    finally
    {
        Directory.Delete(inspectionWork, recursive: true);
    }

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
