using System.Diagnostics;
using System.Globalization;

namespace Zhixin.Benchmarks.Infrastructure;

/// <summary>Runs the real <c>zhixin</c> executable and measures its wall time and peak resident memory (VmHWM).</summary>
internal static class ChildProcess
{
    public sealed record Run(int ExitCode, string Output, string Error, TimeSpan Elapsed, long PeakBytes);

    public static async Task<Run> ZhixinAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "zhixin.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        // VmHWM is the kernel's own high-water mark, so sampling it loses nothing but the last interval; it
        // cannot be read once the process has exited, which is why this samples rather than waits.
        using var sampling = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        var exited = process.WaitForExitAsync();
        while (!exited.IsCompleted)
        {
            peak = Math.Max(peak, ReadPeak(process.Id));
            await Task.WhenAny(exited, sampling.WaitForNextTickAsync().AsTask());
        }

        await exited;
        clock.Stop();
        return new Run(process.ExitCode, await output, await error, clock.Elapsed, peak);
    }

    /// <summary>Starts <c>zhixin serve</c> and returns once it prints its banner (after Kestrel listens).</summary>
    public static Task<Process> StartServerAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        StartServerAsync("zhixin.dll", environment, args);

    /// <summary>Starts a server of this build's output (<paramref name="assembly"/>) and returns once it prints "is running".</summary>
    public static async Task<Process> StartServerAsync(string assembly, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var process = Start(assembly, environment, out var banner, args);
        try
        {
            await banner.WaitAsync(TimeSpan.FromMinutes(5));
            return process;
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    private static Process Start(string assembly, IReadOnlyDictionary<string, string> environment, out Task banner, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("is running", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"{assembly} exited with {process.ExitCode} before it was ready"));
        banner = ready.Task;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static long ReadPeak(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process has just exited.
        }

        return 0;
    }
}
