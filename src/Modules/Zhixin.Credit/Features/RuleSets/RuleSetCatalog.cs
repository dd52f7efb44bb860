using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Scoring;

namespace Zhixin.Credit.Features.RuleSets;

/// <summary>
/// The published scoring rule sets: which one applies on a day (the latest effective date not after it; the
/// higher version on a tie). Published versions never change, so each is parsed once per process, keyed by its text
/// (not its number: two databases served by one process may each have a version 2).
/// </summary>
internal sealed class RuleSetCatalog(CreditDbContext db)
{
    private static readonly ConcurrentDictionary<string, ScoringModel> Parsed = new(StringComparer.Ordinal);

    public async Task<ScoringModel> EffectiveAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var version = await db.RuleSets.AsNoTracking()
            .Where(r => r.Status == RuleSetStatus.Published && r.EffectiveFrom <= day)
            .OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.Version)
            .Select(r => new { r.Version, r.Json })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"No published scoring rule set is in force on {day:yyyy-MM-dd}.");
        return Parsed.GetOrAdd(version.Json, ScoringModelJson.Read);
    }

    /// <summary>A stored version, draft or published, parsed (drafts are parsed every time: they may be replaced).</summary>
    public async Task<ScoringModel?> FindAsync(int version, CancellationToken cancellationToken)
    {
        var set = await db.RuleSets.AsNoTracking().SingleOrDefaultAsync(r => r.Version == version, cancellationToken);
        return set is null ? null
            : set.Status == RuleSetStatus.Published ? Parsed.GetOrAdd(set.Json, ScoringModelJson.Read)
            : ScoringModelJson.Read(set.Json);
    }
}
