using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ManageRuleSets;

/// <summary>What every change of a draft shares: who may make it, which stored version is a draft, and a new draft's row.</summary>
internal static class RuleSetDrafts
{
    /// <summary>The stored version, tracked, if the caller may change it and it is still a draft; else the reason.</summary>
    public static async Task<Outcome<ScoringRuleSet>> DraftAsync(CreditDbContext db, int version, CancellationToken cancellationToken)
    {
        if (!CreditAccess.MayManageRuleSets(db.Caller))
        {
            return Failure.Forbidden(CreditText.Get("RuleSet.NotYours"));
        }

        var set = await db.RuleSets.SingleOrDefaultAsync(r => r.Version == version, cancellationToken);
        return set switch
        {
            null => Failure.NotFound(CreditText.Format("RuleSet.NotFound", version)),
            { Status: RuleSetStatus.Published } => Failure.Conflict("credit.published-rule-sets-are-immutable", CreditText.Format("RuleSet.Published", version)),
            { Status: RuleSetStatus.Discarded } => Failure.Conflict("credit.discarded-rule-sets-are-closed", CreditText.Format("RuleSet.Discarded", version)),
            _ => set,
        };
    }

    public static async Task<int> NextVersionAsync(CreditDbContext db, CancellationToken cancellationToken) =>
        (await db.RuleSets.MaxAsync(r => (int?)r.Version, cancellationToken) ?? 0) + 1;

    /// <summary>Adds <paramref name="model"/> as a new draft of its own version, made by the caller now.</summary>
    public static ScoringRuleSet Add(CreditDbContext db, ScoringModel model, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(model);
        var set = new ScoringRuleSet
        {
            Version = model.Version,
            Name = model.Name,
            EffectiveFrom = model.EffectiveFrom,
            Status = RuleSetStatus.Draft,
            Json = ScoringModelJson.Write(model),
            CreatedAt = now,
            CreatedBy = db.Caller.Name,
        };
        db.RuleSets.Add(set);
        return set;
    }

    /// <summary>Replaces a draft's rules with <paramref name="model"/> (of the draft's own version).</summary>
    public static void Replace(ScoringRuleSet set, ScoringModel model)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(model);
        set.Name = model.Name;
        set.EffectiveFrom = model.EffectiveFrom;
        set.Json = ScoringModelJson.Write(model);
    }
}
