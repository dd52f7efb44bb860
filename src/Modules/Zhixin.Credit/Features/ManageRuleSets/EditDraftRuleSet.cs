using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ManageRuleSets;

/// <summary>
/// A draft's figures and texts, as a regulator changes them: what is left out (null) stays as it is; a rule or risk
/// condition is named by its code, and one given is given whole.
/// </summary>
internal sealed partial record EditDraftRuleSetRequest(
    string? Name,
    DateOnly? EffectiveFrom,
    string? Basis,
    bool? Verified,
    decimal? BaseScore,
    int? CleanMonthsForClassA,
    IReadOnlyList<GradeEdit>? Grades,
    IReadOnlyList<RuleEdit>? Rules,
    IReadOnlyList<RiskConditionEdit>? RiskConditions)
{
    /// <summary>The request that leaves <paramref name="model"/> as it is: what a form over it starts from.</summary>
    public static EditDraftRuleSetRequest Of(ScoringModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new(
            model.Name, model.EffectiveFrom, model.Basis, model.Verified, model.BaseScore, model.CleanMonthsForClassA,
            [.. model.Grades.Select(g => new GradeEdit(g.Grade.ToString(), g.MinScore))],
            [.. model.Rules.Select(r => new RuleEdit(r.Code, r.Points, r.CountsForMonths, r.Cap, r.GradeAtBest?.ToString(), r.Description))],
            [.. model.RiskConditions.Select(c => new RiskConditionEdit(c.Code, c.AtLeast, c.WithinMonths, c.Description))]);
    }

    /// <summary>
    /// What to say of a field of a form over this request that could not be read (a number or date as text), given by
    /// its bound name (Rules[2].Points): the rule, condition or grade of that row and the field.
    /// </summary>
    public static string NotAValue(string boundName, EditDraftRuleSetRequest? posted)
    {
        ArgumentNullException.ThrowIfNull(boundName);
        var match = BoundName().Match(boundName);
        var part = JsonNamingPolicy.CamelCase.ConvertName(match.Groups[1].Value);
        int? index = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : null;
        var field = match.Groups[3].Success ? JsonNamingPolicy.CamelCase.ConvertName(match.Groups[3].Value) : part;
        var code = index is not { } i ? null : part switch
        {
            "rules" => posted?.Rules?.ElementAtOrDefault(i)?.Code,
            "riskConditions" => posted?.RiskConditions?.ElementAtOrDefault(i)?.Code,
            "grades" => posted?.Grades?.ElementAtOrDefault(i)?.Grade,
            _ => null,
        };
        return new RuleSetProblem(part, index, code ?? "", field, "NotAValue").Describe();
    }

    [GeneratedRegex(@"^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex BoundName();
}

/// <summary>The lowest score of grade A, B or C.</summary>
internal sealed record GradeEdit(string? Grade, decimal? MinScore);

/// <summary>One rule by its code: points (negative for a deduction), months counted, cap (null: none), grade at best (null: none).</summary>
internal sealed record RuleEdit(string? Code, decimal? Points, int? CountsForMonths, decimal? Cap, string? GradeAtBest, string? Description);

/// <summary>One risk condition by its code: how many records within how many months (for a condition on a kind of record).</summary>
internal sealed record RiskConditionEdit(string? Code, int? AtLeast, int? WithinMonths, string? Description);

/// <summary>
/// Changes a draft's figures and texts and checks the result as a whole rule set, naming every problem by the rule
/// (or condition, or grade) and the field, under the field of the request that holds it (<c>rules[2].points</c>).
/// A draft with a problem is left as it was.
/// </summary>
internal sealed class EditDraftRuleSetHandler(CreditDbContext db)
{
    public async Task<Outcome<RuleSetView>> HandleAsync(int version, EditDraftRuleSetRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var draft = await RuleSetDrafts.DraftAsync(db, version, cancellationToken);
        if (!draft.IsSuccess)
        {
            return draft.Map(RuleSetView.Of);
        }

        var set = draft.Value!;
        var errors = new FieldErrors();
        var model = Apply(ScoringModelJson.Read(set.Json), request, errors);
        foreach (var problem in ScoringModelJson.Find(model))
        {
            errors.Add(FieldOf(problem, request), problem.Describe());
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        RuleSetDrafts.Replace(set, model);
        await db.SaveChangesAsync(cancellationToken);
        return RuleSetView.Of(set, model);
    }

    private static ScoringModel Apply(ScoringModel model, EditDraftRuleSetRequest request, FieldErrors errors) => model with
    {
        Name = request.Name?.Trim() ?? model.Name,
        EffectiveFrom = request.EffectiveFrom ?? model.EffectiveFrom,
        Basis = request.Basis?.Trim() ?? model.Basis,
        Verified = request.Verified ?? model.Verified,
        BaseScore = request.BaseScore ?? model.BaseScore,
        CleanMonthsForClassA = request.CleanMonthsForClassA ?? model.CleanMonthsForClassA,
        Grades = ByCode(model.Grades, request.Grades, g => g.Grade.ToString(), e => e.Grade, "grades", "grade", "UnknownGrade", errors, (band, edit, j) =>
            band with { MinScore = edit.MinScore ?? Refuse(errors, "grades", j, band.Grade.ToString(), "minScore", "Required", band.MinScore) }),
        Rules = ByCode(model.Rules, request.Rules, r => r.Code, e => e.Code, "rules", "code", "UnknownRule", errors, (rule, edit, j) => rule with
        {
            Points = edit.Points ?? Refuse(errors, "rules", j, rule.Code, "points", "Required", rule.Points),
            CountsForMonths = edit.CountsForMonths ?? Refuse(errors, "rules", j, rule.Code, "countsForMonths", "Required", rule.CountsForMonths),
            Cap = edit.Cap,
            GradeAtBest = GradeAtBest(edit.GradeAtBest, rule.Code, j, errors),
            Description = Text(edit.Description) ?? Refuse(errors, "rules", j, rule.Code, "description", "Required", rule.Description),
        }),
        // A condition on the grade counts no records: its counts are not asked for.
        RiskConditions = ByCode(model.RiskConditions, request.RiskConditions, c => c.Code, e => e.Code, "riskConditions", "code", "UnknownCondition", errors,
            (condition, edit, j) => condition with
            {
                AtLeast = condition.Kind is null ? condition.AtLeast
                    : edit.AtLeast ?? Refuse(errors, "riskConditions", j, condition.Code, "atLeast", "Required", condition.AtLeast),
                WithinMonths = condition.Kind is null ? condition.WithinMonths
                    : edit.WithinMonths ?? Refuse(errors, "riskConditions", j, condition.Code, "withinMonths", "Required", condition.WithinMonths),
                Description = Text(edit.Description) ?? Refuse(errors, "riskConditions", j, condition.Code, "description", "Required", condition.Description),
            }),
    };

    /// <summary>Each item of the request applied to the stored item of its code; an unknown code is a problem of the request's item.</summary>
    private static List<T> ByCode<T, TEdit>(
        IReadOnlyList<T> items, IReadOnlyList<TEdit>? edits, Func<T, string> codeOf, Func<TEdit, string?> editCodeOf,
        string part, string codeField, string unknownKey, FieldErrors errors, Func<T, TEdit, int, T> apply)
    {
        var result = items.ToList();
        for (var j = 0; j < (edits?.Count ?? 0); j++)
        {
            var code = editCodeOf(edits![j])?.Trim();
            var at = result.FindIndex(item => string.Equals(codeOf(item), code, StringComparison.OrdinalIgnoreCase));
            if (at < 0)
            {
                Refuse<object?>(errors, part, j, code, codeField, unknownKey);
                continue;
            }

            result[at] = apply(result[at], edits[j], j);
        }

        return result;
    }

    private static CreditGrade? GradeAtBest(string? text, string code, int index, FieldErrors errors) =>
        string.IsNullOrWhiteSpace(text) ? null
            : Enum.TryParse<CreditGrade>(text.Trim(), ignoreCase: true, out var grade) && Enum.IsDefined(grade) && !int.TryParse(text, out _) ? grade
            : Refuse<CreditGrade?>(errors, "rules", index, code, "gradeAtBest", "GradeAtBest");

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Records a problem of the request's item <paramref name="index"/> and gives back what to keep meanwhile (the draft is not saved).</summary>
    private static T Refuse<T>(FieldErrors errors, string part, int index, string? code, string field, string key, T keep = default!)
    {
        errors.Add($"{part}[{index}].{field}", new RuleSetProblem(part, index, code ?? "", field, key).Describe());
        return keep;
    }

    /// <summary>The request's field that holds a problem of the rule set: the item with the same code, else the part or field.</summary>
    private static string FieldOf(RuleSetProblem problem, EditDraftRuleSetRequest request)
    {
        var index = problem.Part switch
        {
            "rules" => IndexOf(request.Rules?.Select(r => r.Code?.Trim()), problem.Code),
            "riskConditions" => IndexOf(request.RiskConditions?.Select(c => c.Code?.Trim()), problem.Code),
            "grades" => IndexOf(request.Grades?.Select(g => g.Grade?.Trim().ToUpperInvariant()), problem.Code),
            _ => -1,
        };
        return index < 0 ? problem.Part : $"{problem.Part}[{index}].{problem.Field}";
    }

    private static int IndexOf(IEnumerable<string?>? codes, string? code) =>
        code is null || codes is null ? -1 : codes.ToList().IndexOf(code);
}

internal static class EditDraftRuleSetEndpoint
{
    public static async Task<Results<Ok<RuleSetView>, ProblemHttpResult>> HandleAsync(
        int version, EditDraftRuleSetRequest request, EditDraftRuleSetHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(version, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}
