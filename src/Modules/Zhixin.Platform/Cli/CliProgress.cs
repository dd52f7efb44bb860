using Spectre.Console;

namespace Zhixin.Platform.Cli;

/// <summary>
/// A progress bar for long verbs on an interactive terminal; when output is redirected (scripts, CI) it stays
/// silent, so logs are not filled with redraws.
/// </summary>
public static class CliProgress
{
    public static async Task<T> RunAsync<T>(string description, long? total, Func<IProgress<long>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await work(new Progress<long>());
        }

        return await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: total ?? 100);
                task.IsIndeterminate = total is null;
                var result = await work(new SynchronousProgress(value =>
                {
                    if (total is null)
                    {
                        task.Description = Markup.Escape($"{description}: {value:N0}");
                    }
                    else
                    {
                        task.Value = value;
                    }
                }));
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
                return result;
            });
    }

    /// <summary>Reports on the caller's thread; Progress&lt;T&gt; would post to the thread pool and lag behind.</summary>
    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
