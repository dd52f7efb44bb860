using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
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
            existing = await db.RuleSets.SingleOrDefaultAsync(r => r.Version == replaced, cancellationToken);
            if (existing is null)
            {
                return Failure.NotFound(CreditText.Format("RuleSet.NotFound", replaced));
            }

            if (existing.Status == RuleSetStatus.Published)
            {
                return Failure.Conflict("credit.published-rule-sets-are-immutable", CreditText.Format("RuleSet.Published", replaced));
            }
        }

        var number = existing?.Version ?? (await db.RuleSets.MaxAsync(r => (int?)r.Version, cancellationToken) ?? 0) + 1;
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

        var now = clock.GetUtcNow();
        if (existing is null)
        {
            existing = new ScoringRuleSet
            {
                Version = number,
                Name = model.Name,
                EffectiveFrom = model.EffectiveFrom,
                Status = RuleSetStatus.Draft,
                Json = ScoringModelJson.Write(model),
                CreatedAt = now,
                CreatedBy = db.Caller.Name,
            };
            db.RuleSets.Add(existing);
        }
        else
        {
            existing.Name = model.Name;
            existing.EffectiveFrom = model.EffectiveFrom;
            existing.Json = ScoringModelJson.Write(model);
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
