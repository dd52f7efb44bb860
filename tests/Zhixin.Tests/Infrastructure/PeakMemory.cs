using System.Diagnostics;
using System.Globalization;

namespace Zhixin.Tests.Infrastructure;

/// <summary>The peak resident memory of a child process, read from /proc while it runs (VmHWM only grows).</summary>
public static class PeakMemory
{
    public static async Task<(ZhixinCli.Result Result, long PeakBytes)> RunAsync(string database, string keyFile, params string[] args)
    {
        long peak = 0;
        using var watching = new CancellationTokenSource();
        var run = ZhixinCli.RunAsync(database, keyFile, pid => Watch(pid, value => peak = Math.Max(peak, value), watching.Token), args);
        var result = await run;
        await watching.CancelAsync();
        return (result, peak);
    }

    private static async Task Watch(int pid, Action<long> report, CancellationToken cancellationToken)
    {
        var status = $"/proc/{pid}/status";
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                foreach (var line in await File.ReadAllLinesAsync(status, cancellationToken))
                {
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    {
                        var kilobytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                        report(kilobytes * 1024);
                    }
                }

                await Task.Delay(200, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
            {
                return;
            }
        }
    }
}
