using System.Globalization;

namespace Zhixin.Benchmarks.Infrastructure;

/// <summary>What the reports say about the machine, and a free loopback port for a server under test.</summary>
internal static class Machine
{
    public static string Cpu()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim()
            : null;
        return model ?? "unknown CPU";
    }

    /// <summary>Physical memory in GiB (MemTotal), or 0 where /proc/meminfo does not exist.</summary>
    public static long MemoryGiB()
    {
        var line = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            : null;
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1048576;
    }

    /// <summary>
    /// The 1-, 5- and 15-minute load averages: on a shared machine they say how much of it the run had, which is
    /// why the reports give ratios measured side by side rather than bare times.
    /// </summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
