namespace Zhixin.Platform.Jobs;

/// <summary>The rhythm of a recurring background job: a round now, then one round per interval.</summary>
public static class EveryInterval
{
    /// <summary>
    /// Runs <paramref name="round"/> at once and then again each time <paramref name="interval"/> has passed since the
    /// previous round began, until <paramref name="stoppingToken"/> is cancelled.
    /// </summary>
    /// <remarks>
    /// Rounds that were missed (a long round, a suspended machine, a test clock moved by years) collapse into one, as
    /// a <see cref="PeriodicTimer"/> does; unlike one, this never asks the clock for a callback per missed period, which a
    /// fake clock moved by three years would make a million and a half times. The next wait starts before the round, so
    /// time that passes while the round runs counts towards it.
    /// </remarks>
    public static async Task RunAsync(TimeSpan interval, TimeProvider clock, Func<CancellationToken, Task> round, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(round);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = Task.Delay(interval, clock, stoppingToken);
            await round(stoppingToken);
            await next;
        }
    }
}
