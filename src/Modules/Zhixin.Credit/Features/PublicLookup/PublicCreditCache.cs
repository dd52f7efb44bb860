using Microsoft.Extensions.Caching.Memory;

namespace Zhixin.Credit.Features.PublicLookup;

/// <summary>
/// The public lookup's answers by credit code, kept for a short while (<c>Zhixin:Credit:PublicLookup:CacheSeconds</c>)
/// so a firm's page read many times costs one build. A firm's entry is dropped when it is scored again (every
/// listing decision, removal and revocation scores it), all entries when a region's grade publication changes,
/// and an entry built on another day is never used, since listings end by date.
/// </summary>
/// <remarks>
/// Entries do not all expire together, which under load made every reader of every firm rebuild at once and the
/// slowest answers many times slower than the rest. Each entry is due for a rebuild after 75 to 100 % of the lifetime
/// (spread by its code), and then only the first reader rebuilds it while the others are still answered from it; an
/// entry nobody claims is dropped after twice the lifetime.
/// </remarks>
internal sealed class PublicCreditCache(IMemoryCache cache, TimeSpan lifetime, TimeProvider clock)
{
    /// <summary>A rebuild that has not stored its answer by then is taken over by the next reader.</summary>
    private static readonly TimeSpan RebuildClaim = TimeSpan.FromSeconds(10);

    private int generation;

    /// <summary>
    /// The stored answer, unless there is none for today, or it is due for a rebuild and this caller is the first to
    /// see that: then false, and the caller builds and <see cref="Set"/>s the answer.
    /// </summary>
    public bool TryGet(string creditCode, DateOnly today, out PublicCreditView? view)
    {
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(Key(creditCode), out Entry? entry) && entry is not null && entry.Day == today && entry.Generation == Volatile.Read(ref generation)
            && (now < entry.RebuildAfter || !entry.ClaimRebuild(now)))
        {
            view = entry.View;
            return true;
        }

        view = null;
        return false;
    }

    /// <summary>Keeps an answer (null: no such firm) built from data read under <paramref name="builtUnder"/>.</summary>
    public void Set(string creditCode, DateOnly today, int builtUnder, PublicCreditView? view)
    {
        // The code spreads the rebuilds over the last quarter of the lifetime; string hashes differ per process, which is all this needs.
        var spread = (uint)creditCode.GetHashCode(StringComparison.Ordinal) % 1000 / 1000.0;
        var rebuildAfter = clock.GetUtcNow() + (lifetime * (0.75 + (0.25 * spread)));
        cache.Set(Key(creditCode), new Entry(today, builtUnder, view, rebuildAfter), lifetime * 2);
    }

    public int Generation => Volatile.Read(ref generation);

    public void Invalidate(string creditCode) => cache.Remove(Key(creditCode));

    public void InvalidateAll() => Interlocked.Increment(ref generation);

    private static string Key(string creditCode) => "credit:public:" + creditCode;

    private sealed class Entry(DateOnly day, int generation, PublicCreditView? view, DateTimeOffset rebuildAfter)
    {
        private long claimedAtTicks;

        public DateOnly Day => day;

        public int Generation => generation;

        public PublicCreditView? View => view;

        public DateTimeOffset RebuildAfter => rebuildAfter;

        /// <summary>True for the one reader that is to rebuild the entry (or takes over a rebuild that stalled).</summary>
        public bool ClaimRebuild(DateTimeOffset now)
        {
            var claimed = Interlocked.Read(ref claimedAtTicks);
            if (claimed != 0 && now.UtcTicks - claimed < RebuildClaim.Ticks)
            {
                return false;
            }

            return Interlocked.CompareExchange(ref claimedAtTicks, now.UtcTicks, claimed) == claimed;
        }
    }
}
