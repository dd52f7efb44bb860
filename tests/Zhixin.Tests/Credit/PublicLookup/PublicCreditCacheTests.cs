using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Time.Testing;
using Zhixin.Credit.Features.PublicLookup;

namespace Zhixin.Tests.Credit.PublicLookup;

/// <summary>When a cached public view is due, one reader rebuilds it and the others are still answered, so load never piles onto one moment.</summary>
public sealed class PublicCreditCacheTests : IDisposable
{
    private const string Code = "91350203MA2XYZ1234";
    private static readonly DateOnly Today = new(2026, 11, 22);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));
    private readonly MemoryCache memory = new(new MemoryCacheOptions());

    [Fact]
    public void DueEntry_IsClaimedByOneReader_OthersStillGetIt_AndAStalledRebuildIsTakenOver()
    {
        var cache = new PublicCreditCache(memory, TimeSpan.FromSeconds(60), clock);
        cache.Set(Code, Today, cache.Generation, view: null);

        Assert.True(cache.TryGet(Code, Today, out _), "a fresh entry is answered");
        clock.Advance(TimeSpan.FromSeconds(44));
        Assert.True(cache.TryGet(Code, Today, out _), "no entry is due before three quarters of its lifetime");

        clock.Advance(TimeSpan.FromSeconds(17));
        Assert.False(cache.TryGet(Code, Today, out _), "the first reader after the lifetime rebuilds");
        Assert.True(cache.TryGet(Code, Today, out _), "the others are answered while it rebuilds");
        clock.Advance(TimeSpan.FromSeconds(11));
        Assert.False(cache.TryGet(Code, Today, out _), "a rebuild that stored nothing within 10 s is taken over");

        cache.Set(Code, Today, cache.Generation, view: null);
        Assert.True(cache.TryGet(Code, Today, out _), "a rebuilt entry is answered");
        Assert.False(cache.TryGet(Code, Today.AddDays(1), out _), "an entry of another day is never answered");
    }

    [Fact]
    public void InvalidateAll_DropsEntriesBuiltBefore()
    {
        var cache = new PublicCreditCache(memory, TimeSpan.FromSeconds(60), clock);
        cache.Set(Code, Today, cache.Generation, view: null);

        cache.InvalidateAll();

        Assert.False(cache.TryGet(Code, Today, out _));
    }

    public void Dispose() => memory.Dispose();
}
