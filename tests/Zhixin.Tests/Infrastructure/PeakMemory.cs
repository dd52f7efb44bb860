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
        Task watcher = Task.CompletedTask;
        var result = await ZhixinCli.RunAsync(database, keyFile, pid => watcher = Watch(pid, value => peak = Math.Max(peak, value), watching.Token), args);
        await watching.CancelAsync();
        await watcher;
        return (result, peak);
    }

    /// <summary>
    /// Samples VmHWM, the kernel's high-water mark, so nothing is lost between samples but the last interval;
    /// it cannot be read after the process exits, which is why this samples rather than waits.
    /// </summary>
    private static async Task Watch(int pid, Action<long> report, CancellationToken cancellationToken)
    {
        var status = $"/proc/{pid}/status";
        using var sampling = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
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

                await sampling.WaitForNextTickAsync(cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
            {
                return;
            }
        }
    }
}
