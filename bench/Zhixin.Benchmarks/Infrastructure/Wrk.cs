using System.Diagnostics;
using System.Globalization;

namespace Zhixin.Benchmarks.Infrastructure;

/// <summary>One load run: requests answered, over how long, how many were not 2xx, socket errors, latency percentiles.</summary>
internal sealed record LoadResult(long Requests, double Seconds, long Non2xx, long SocketErrors, double P50Ms, double P90Ms, double P99Ms, double P999Ms, double MaxMs)
{
    public double PerSecond => Requests / Seconds;
}

/// <summary>
/// Drives a server with wrk (Debian's package <c>wrk</c>), a closed-loop load generator: each of its connections sends
/// the next request as soon as the previous answer arrives. Every request asks for a path drawn at random from a file,
/// through a small Lua script; the script prints the summary and wrk's own latency histogram's percentiles.
/// </summary>
internal static class Wrk
{
    private const string Script = """
        local counter = 0
        function setup(thread)
          counter = counter + 1
          thread:set("id", counter)
        end
        function init(args)
          paths = {}
          for line in io.lines(args[1]) do paths[#paths + 1] = line end
          math.randomseed(7919 * id + tonumber(args[2]))
        end
        function request()
          return wrk.format(nil, paths[math.random(#paths)])
        end
        function done(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("RESULT %d %d %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
            e.status, e.connect + e.read + e.write + e.timeout, latency:percentile(50), latency:percentile(90),
            latency:percentile(99), latency:percentile(99.9), latency.max))
        end
        """;

    public static string? Version()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("wrk", "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return text.Split('\n')[0].Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    public static async Task<LoadResult> RunAsync(string work, string baseUrl, string pathsFile, int threads, int connections, TimeSpan duration, int seed)
    {
        var script = Path.Combine(work, "random-paths.lua");
        if (!File.Exists(script))
        {
            await File.WriteAllTextAsync(script, Script);
        }

        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", $"{(int)duration.TotalSeconds}s", "--timeout", "10s", "-s", script, baseUrl, "--", pathsFile, seed.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = (await output).Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no result (exit {process.ExitCode}): {await output} {await error}");
        var n = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        return new LoadResult(n[0], n[1] / 1e6, n[2], n[3], n[4] / 1e3, n[5] / 1e3, n[6] / 1e3, n[7] / 1e3, n[8] / 1e3);
    }
}
