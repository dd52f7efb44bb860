using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhixin.Credit.Data;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ManageRuleSets;

/// <summary>
/// Takes a rule out of a draft by its code: the records it scored are then scored by the kind's next rule, or by none
/// (the breakdown lists them as not scored). A draft left without rules is refused; 404 for a code the draft lacks.
/// </summary>
internal sealed class RemoveDraftRuleHandler(CreditDbContext db)
{
    public async Task<Outcome<RuleSetView>> HandleAsync(int version, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var draft = await RuleSetDrafts.DraftAsync(db, version, cancellationToken);
        if (!draft.IsSuccess)
        {
            return draft.Map(RuleSetView.Of);
        }

        var set = draft.Value!;
        var model = ScoringModelJson.Read(set.Json);
        var rules = model.Rules.Where(r => !string.Equals(r.Code, code.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (rules.Count == model.Rules.Count)
        {
            return Failure.NotFound(new RuleSetProblem("rules", null, code, "code", "UnknownRule").Describe());
        }

        var changed = model with { Rules = rules };
        var errors = new FieldErrors();
        foreach (var problem in ScoringModelJson.Find(changed))
        {
            errors.Add(problem.Part, problem.Describe());
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        RuleSetDrafts.Replace(set, changed);
        await db.SaveChangesAsync(cancellationToken);
        return RuleSetView.Of(set, changed);
    }
}

internal static class RemoveDraftRuleEndpoint
{
    public static async Task<Results<Ok<RuleSetView>, ProblemHttpResult>> HandleAsync(
        int version, string code, RemoveDraftRuleHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(version, code, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
