using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ManageRuleSets;

/// <summary>Every stored rule set, newest first, and one by its version.</summary>
internal sealed class ListRuleSetsHandler(CreditDbContext db)
{
    public async Task<IReadOnlyList<RuleSetView>> ListAsync(CancellationToken cancellationToken)
    {
        var sets = await db.RuleSets.AsNoTracking().OrderByDescending(r => r.Version).ToListAsync(cancellationToken);
        return [.. sets.Select(s => RuleSetView.Of(s, ScoringModelJson.Read(s.Json)))];
    }

    public async Task<Outcome<RuleSetView>> GetAsync(int version, CancellationToken cancellationToken)
    {
        var set = await db.RuleSets.AsNoTracking().SingleOrDefaultAsync(r => r.Version == version, cancellationToken);
        return set is null ? Failure.NotFound(CreditText.Format("RuleSet.NotFound", version)) : RuleSetView.Of(set, ScoringModelJson.Read(set.Json));
    }
}

internal static class ListRuleSetsEndpoint
{
    public static async Task<Ok<IReadOnlyList<RuleSetView>>> ListAsync(ListRuleSetsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.ListAsync(cancellationToken));

    public static async Task<Results<Ok<RuleSetView>, ProblemHttpResult>> GetAsync(int version, ListRuleSetsHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.GetAsync(version, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
