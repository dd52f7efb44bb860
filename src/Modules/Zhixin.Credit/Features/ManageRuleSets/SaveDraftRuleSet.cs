using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ManageRuleSets;

/// <summary>A rule set as JSON in the format of the shipped version; its version number is given by the platform.</summary>
internal sealed record SaveDraftRuleSetRequest(JsonElement? RuleSet);

/// <summary>
/// Stores a draft rule set: a new version (one above the highest) or, for <c>version</c>, the replacement of a draft
/// not yet published. The rule set is refused with every problem named. Drafts score nobody until published; they
/// can be tried on a firm with the what-if view.
/// </summary>
internal sealed class SaveDraftRuleSetHandler(CreditDbContext db, TimeProvider clock)
{
    public async Task<Outcome<RuleSetView>> HandleAsync(int? version, SaveDraftRuleSetRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!CreditAccess.MayManageRuleSets(db.Caller))
        {
            return Failure.Forbidden(CreditText.Get("RuleSet.NotYours"));
        }

        var errors = new FieldErrors();
        if (request.RuleSet is not { ValueKind: JsonValueKind.Object } json)
        {
            errors.Add("ruleSet", CreditText.Get("RuleSet.Missing"));
            return errors;
        }

        ScoringRuleSet? existing = null;
        if (version is { } replaced)
        {
            var draft = await RuleSetDrafts.DraftAsync(db, replaced, cancellationToken);
            if (!draft.IsSuccess)
            {
                return draft.Map(RuleSetView.Of);
            }

            existing = draft.Value!;
        }

        var number = existing?.Version ?? await RuleSetDrafts.NextVersionAsync(db, cancellationToken);
        ScoringModel model;
        try
        {
            model = ScoringModelJson.Read(json.GetRawText()) with { Version = number };
        }
        catch (JsonException exception)
        {
            errors.Add("ruleSet", CreditText.Format("RuleSet.Invalid", exception.Message));
            return errors;
        }

        if (existing is null)
        {
            existing = RuleSetDrafts.Add(db, model, clock.GetUtcNow());
        }
        else
        {
            RuleSetDrafts.Replace(existing, model);
        }

        await db.SaveChangesAsync(cancellationToken);
        return RuleSetView.Of(existing, model);
    }
}

internal static class SaveDraftRuleSetEndpoint
{
    public static async Task<Results<Created<RuleSetView>, ProblemHttpResult>> CreateAsync(
        SaveDraftRuleSetRequest request, SaveDraftRuleSetHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(null, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Created(CreditRoutes.ApiRuleSets + "/" + outcome.Value!.Version, outcome.Value) : outcome.ToProblem();
    }

    public static async Task<Results<Ok<RuleSetView>, ProblemHttpResult>> ReplaceAsync(
        int version, SaveDraftRuleSetRequest request, SaveDraftRuleSetHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(version, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
