using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ManageRuleSets;

/// <summary>
/// Publishes a draft: from then on it is immutable and scores every firm from its effective date, which may not be
/// in the past (a published version never rewrites the grades already given). Firms are scored under it by the
/// nightly run or <c>zhixin credit rescore</c>, and at once whenever a record of theirs arrives.
/// </summary>
internal sealed class PublishRuleSetHandler(CreditDbContext db, TimeProvider clock)
{
    public async Task<Outcome<RuleSetView>> HandleAsync(int version, CancellationToken cancellationToken)
    {
        var draft = await RuleSetDrafts.DraftAsync(db, version, cancellationToken);
        if (!draft.IsSuccess)
        {
            return draft.Map(RuleSetView.Of);
        }

        var set = draft.Value!;
        var today = ChinaTime.Today(clock);
        if (set.EffectiveFrom < today)
        {
            return Failure.Conflict("credit.rule-sets-are-not-retroactive",
                CreditText.Format("RuleSet.Retroactive", ChinaTime.Format(set.EffectiveFrom), ChinaTime.Format(today)));
        }

        var now = clock.GetUtcNow();
        set.Status = RuleSetStatus.Published;
        set.PublishedAt = now;
        set.PublishedBy = db.Caller.Name;
        await db.SaveChangesAsync(cancellationToken);
        return RuleSetView.Of(set, ScoringModelJson.Read(set.Json));
    }
}

internal static class PublishRuleSetEndpoint
{
    public static async Task<Results<Ok<RuleSetView>, ProblemHttpResult>> HandleAsync(int version, PublishRuleSetHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(version, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
