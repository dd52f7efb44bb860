using Microsoft.Extensions.Caching.Memory;

namespace Zhixin.Credit.Features.PublicLookup;

/// <summary>
/// The public lookup's answers by credit code, kept for a short while (<c>Zhixin:Credit:PublicLookup:CacheSeconds</c>)
/// so a firm's page read many times costs one build. A firm's entry is dropped when it is scored again (every
/// listing decision, removal and revocation scores it), all entries when a region's grade publication changes,
/// and an entry built on another day is never used, since listings end by date.
/// </summary>
internal sealed class PublicCreditCache(IMemoryCache cache, TimeSpan lifetime)
{
    private int generation;

    public bool TryGet(string creditCode, DateOnly today, out PublicCreditView? view)
    {
        if (cache.TryGetValue(Key(creditCode), out Entry? entry) && entry is not null && entry.Day == today && entry.Generation == Volatile.Read(ref generation))
        {
            view = entry.View;
            return true;
        }

        view = null;
        return false;
    }

    /// <summary>Keeps an answer (null: no such firm) built from data read under <paramref name="builtUnder"/>.</summary>
    public void Set(string creditCode, DateOnly today, int builtUnder, PublicCreditView? view) =>
        cache.Set(Key(creditCode), new Entry(today, builtUnder, view), lifetime);

    public int Generation => Volatile.Read(ref generation);

    public void Invalidate(string creditCode) => cache.Remove(Key(creditCode));

    public void InvalidateAll() => Interlocked.Increment(ref generation);

    private static string Key(string creditCode) => "credit:public:" + creditCode;

    private sealed record Entry(DateOnly Day, int Generation, PublicCreditView? View);
}
