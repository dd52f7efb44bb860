using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Data;

namespace Zhixin.Credit.Data;

/// <summary>Stores the shipped rule set as version 1, published, when the database has no rule set yet.</summary>
internal sealed class ScoringModelSeed(CreditDbContext db, TimeProvider clock) : IReferenceDataSeed
{
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        if (await db.RuleSets.AnyAsync(cancellationToken))
        {
            return;
        }

        var model = ScoringModelJson.LoadEmbedded();
        var now = clock.GetUtcNow();
        db.RuleSets.Add(new ScoringRuleSet
        {
            Version = model.Version,
            Name = model.Name,
            EffectiveFrom = model.EffectiveFrom,
            Status = RuleSetStatus.Published,
            Json = ScoringModelJson.Write(model),
            CreatedAt = now,
            CreatedBy = "system",
            PublishedAt = now,
            PublishedBy = "system",
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
