using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using Zhixin.Platform.Jobs;

namespace Zhixin.Tests.Platform.Jobs;

public sealed class EveryIntervalTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunAsync_WhenTheClockJumpsThreeYears_RunsOneRoundForTheJumpAndThenKeepsItsInterval()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));
        var start = clock.GetUtcNow();
        var rounds = new ConcurrentQueue<DateTimeOffset>();
        using var began = new SemaphoreSlim(0);
        using var stop = new CancellationTokenSource();
        var job = EveryInterval.RunAsync(Interval, clock, _ =>
        {
            rounds.Enqueue(clock.GetUtcNow());
            began.Release();
            return Task.CompletedTask;
        }, stop.Token);

        Assert.True(await began.WaitAsync(Patience, TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromDays(3 * 365));
        Assert.True(await began.WaitAsync(Patience, TestContext.Current.CancellationToken));
        clock.Advance(Interval);
        Assert.True(await began.WaitAsync(Patience, TestContext.Current.CancellationToken));
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => job);
        Assert.Equal([start, start.AddDays(3 * 365), start.AddDays(3 * 365).Add(Interval)], rounds);
    }

    [Fact]
    public async Task RunAsync_WhenTheIntervalPassesDuringARound_RunsTheNextRoundWhenItEnds()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));
        var count = 0;
        using var second = new SemaphoreSlim(0);
        using var stop = new CancellationTokenSource();
        var job = EveryInterval.RunAsync(Interval, clock, _ =>
        {
            if (Interlocked.Increment(ref count) == 1)
            {
                // The first round takes longer than the interval.
                clock.Advance(Interval);
            }
            else
            {
                second.Release();
            }

            return Task.CompletedTask;
        }, stop.Token);

        Assert.True(await second.WaitAsync(Patience, TestContext.Current.CancellationToken));
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => job);
        Assert.Equal(2, count);
    }
}
