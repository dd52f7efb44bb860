using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ManageRuleSets;

/// <summary>
/// Starts a draft from a stored version (usually the one in force): the same rules as the next version, effective from
/// tomorrow (Beijing), so that published at once it would not regrade firms already scored today. The regulator then
/// edits it, tries it on firms and publishes it.
/// </summary>
internal sealed class CopyRuleSetHandler(CreditDbContext db, TimeProvider clock)
{
    public async Task<Outcome<RuleSetView>> HandleAsync(int version, CancellationToken cancellationToken)
    {
        if (!CreditAccess.MayManageRuleSets(db.Caller))
        {
            return Failure.Forbidden(CreditText.Get("RuleSet.NotYours"));
        }

        var source = await db.RuleSets.AsNoTracking().SingleOrDefaultAsync(r => r.Version == version, cancellationToken);
        if (source is null)
        {
            return Failure.NotFound(CreditText.Format("RuleSet.NotFound", version));
        }

        var model = ScoringModelJson.Read(source.Json) with
        {
            Version = await RuleSetDrafts.NextVersionAsync(db, cancellationToken),
            EffectiveFrom = ChinaTime.Today(clock).AddDays(1),
        };
        var set = RuleSetDrafts.Add(db, model, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return RuleSetView.Of(set, model);
    }
}

/// <summary>
/// Gives up a draft: it stays stored and listed as discarded (the change audited with who and when), is never edited
/// or published again, and its number is not reused.
/// </summary>
internal sealed class DiscardDraftRuleSetHandler(CreditDbContext db)
{
    public async Task<Outcome<RuleSetView>> HandleAsync(int version, CancellationToken cancellationToken)
    {
        var draft = await RuleSetDrafts.DraftAsync(db, version, cancellationToken);
        if (!draft.IsSuccess)
        {
            return draft.Map(RuleSetView.Of);
        }

        var set = draft.Value!;
        set.Status = Domain.RuleSetStatus.Discarded;
        await db.SaveChangesAsync(cancellationToken);
        return RuleSetView.Of(set);
    }
}

internal static class CopyRuleSetEndpoint
{
    public static async Task<Results<Created<RuleSetView>, ProblemHttpResult>> CopyAsync(int version, CopyRuleSetHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(version, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Created(CreditRoutes.ApiRuleSet(outcome.Value!.Version), outcome.Value) : outcome.ToProblem();
    }
}

internal static class DiscardDraftRuleSetEndpoint
{
    public static async Task<Results<Ok<RuleSetView>, ProblemHttpResult>> HandleAsync(int version, DiscardDraftRuleSetHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(version, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
