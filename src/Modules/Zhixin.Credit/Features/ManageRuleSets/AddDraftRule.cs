using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ManageRuleSets;

/// <summary>
/// A new rule for a draft: its code, the kind of record it scores (<c>spotCheckFailed</c> …) and, for a negative kind,
/// the severity it is limited to (null: any), the points, the months a record counts, the cap and the grade cap.
/// </summary>
internal sealed record AddDraftRuleRequest(
    string? Code, string? Kind, string? Severity, decimal? Points, int? CountsForMonths, decimal? Cap, string? GradeAtBest, string? Description);

/// <summary>
/// Adds a rule to a draft and checks the draft as a whole rule set; every problem of the new rule is named by its field,
/// and a draft with a problem is left as it was. A rule limited to one severity goes before the kind's other rules, as
/// the first rule that matches a record scores it.
/// </summary>
internal sealed class AddDraftRuleHandler(CreditDbContext db)
{
    public async Task<Outcome<RuleSetView>> HandleAsync(int version, AddDraftRuleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var draft = await RuleSetDrafts.DraftAsync(db, version, cancellationToken);
        if (!draft.IsSuccess)
        {
            return draft.Map(RuleSetView.Of);
        }

        var errors = new FieldErrors();
        var code = request.Code?.Trim() ?? "";
        var kind = Parse<CreditRecordKind>(request.Kind);
        var severity = Parse<RecordSeverity>(request.Severity);
        var gradeAtBest = Parse<CreditGrade>(request.GradeAtBest);
        Check(errors, code.Length > 0, "code", code, "Required");
        Check(errors, kind is not null, "kind", code, string.IsNullOrWhiteSpace(request.Kind) ? "Required" : "UnknownKind", request.Kind ?? "");
        Check(errors, string.IsNullOrWhiteSpace(request.Severity) || severity is not null, "severity", code, "UnknownSeverity", request.Severity ?? "");
        Check(errors, string.IsNullOrWhiteSpace(request.GradeAtBest) || gradeAtBest is not null, "gradeAtBest", code, "GradeAtBest");
        Check(errors, request.Points is not null, "points", code, "Required");
        Check(errors, request.CountsForMonths is not null, "countsForMonths", code, "Required");
        Check(errors, !string.IsNullOrWhiteSpace(request.Description), "description", code, "Required");
        if (!errors.IsEmpty)
        {
            return errors;
        }

        var set = draft.Value!;
        var model = ScoringModelJson.Read(set.Json);
        var rule = new ScoringRule(code, kind!.Value, request.Points!.Value, request.CountsForMonths!.Value, request.Description!.Trim(),
            severity, request.Cap, gradeAtBest);
        var rules = model.Rules.ToList();
        var at = severity is null ? rules.Count : rules.FindIndex(r => r.Kind == rule.Kind) is var first and >= 0 ? first : rules.Count;
        rules.Insert(at, rule);
        var changed = model with { Rules = rules };
        foreach (var problem in ScoringModelJson.Find(changed))
        {
            // Every other rule was already part of a valid draft: what is wrong now is the new one, or how it fits.
            errors.Add(problem.Part == "rules" && problem.Index == at ? problem.Field : problem.Part, problem.Describe());
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        RuleSetDrafts.Replace(set, changed);
        await db.SaveChangesAsync(cancellationToken);
        return RuleSetView.Of(set, changed);
    }

    /// <summary>An enum value by its name in any case (<c>spotCheckFailed</c>), never by a number; null when empty or unknown.</summary>
    private static T? Parse<T>(string? text) where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(text) && !int.TryParse(text, out _) && Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : null;

    private static void Check(FieldErrors errors, bool holds, string field, string code, string key, params object[] arguments)
    {
        if (!holds)
        {
            errors.Add(field, new RuleSetProblem("rules", null, code.Length == 0 ? null : code, field, key, arguments).Describe());
        }
    }
}

internal static class AddDraftRuleEndpoint
{
    public static async Task<Results<Ok<RuleSetView>, ProblemHttpResult>> HandleAsync(
        int version, AddDraftRuleRequest request, AddDraftRuleHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(version, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
