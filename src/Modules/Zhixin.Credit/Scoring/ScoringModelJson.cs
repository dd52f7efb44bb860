using Zhixin.Credit.Domain;
using Zhixin.Platform.Data;

namespace Zhixin.Credit.Scoring;

/// <summary>Reads a scoring rule set, refusing one with any problem (each named), and loads the version shipped with the module.</summary>
internal static class ScoringModelJson
{
    public const string EmbeddedResource = "Zhixin.Credit.scoring-model-v1.json";

    public static ScoringModel LoadEmbedded() => Read(ReferenceDataJson.Embedded(typeof(ScoringModelJson).Assembly, EmbeddedResource));

    /// <summary>Reads and validates a rule set; a <see cref="System.Text.Json.JsonException"/> lists every problem found.</summary>
    public static ScoringModel Read(string json) => ReferenceDataJson.Read<ScoringModel>(json, Problems);

    public static string Write(ScoringModel model) => System.Text.Json.JsonSerializer.Serialize(model, ReferenceDataJson.Options);

    public static IReadOnlyList<string> Problems(ScoringModel model) => [.. Find(model).Select(p => p.English)];

    /// <summary>Every problem of a rule set, each naming where it is and which field.</summary>
    public static IReadOnlyList<RuleSetProblem> Find(ScoringModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var problems = new List<RuleSetProblem>();
        if (model.Version < 1)
        {
            problems.Add(RuleSetProblem.Of("version", "VersionTooLow", model.Version));
        }

        if (string.IsNullOrWhiteSpace(model.Name))
        {
            problems.Add(RuleSetProblem.Of("name", "Required"));
        }

        if (model.BaseScore is < 0 or > 1000)
        {
            problems.Add(RuleSetProblem.Of("baseScore", "BaseScore", model.BaseScore));
        }

        if (model.CleanMonthsForClassA is < 1 or > 120)
        {
            problems.Add(RuleSetProblem.Of("cleanMonthsForClassA", "Months", model.CleanMonthsForClassA));
        }

        problems.AddRange(RuleProblems(model.Rules));
        problems.AddRange(GradeProblems(model.Grades));
        problems.AddRange(RiskProblems(model.RiskConditions));
        return problems;
    }

    private static IEnumerable<RuleSetProblem> RuleProblems(IReadOnlyList<ScoringRule> rules)
    {
        if (rules.Count == 0)
        {
            yield return RuleSetProblem.Of("rules", "NoRules");
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            RuleSetProblem At(string field, string key, params object[] arguments) => new("rules", i, rule.Code, field, key, arguments);
            if (string.IsNullOrWhiteSpace(rule.Code) || !codes.Add(rule.Code))
            {
                yield return At("code", "Code");
            }

            if (!Enum.IsDefined(rule.Kind))
            {
                yield return At("kind", "UnknownKind", rule.Kind);
            }

            if (rule.Points == 0 || (rule.Points < 0) != rule.Kind.IsNegative())
            {
                yield return At("points", rule.Kind.IsNegative() ? "PointsNegative" : "PointsPositive");
            }

            if (rule.CountsForMonths is < 1 or > 120)
            {
                yield return At("countsForMonths", "CountsForMonths", rule.CountsForMonths);
            }

            if (rule.Cap is <= 0)
            {
                yield return At("cap", "Cap");
            }

            if (!rule.Kind.IsNegative() && (rule.Severity is not null || rule.GradeAtBest is not null))
            {
                yield return At(rule.Severity is not null ? "severity" : "gradeAtBest", "OnlyNegative");
            }

            // A later rule of the same kind is never reached when an earlier one already matches its records.
            var shadowedBy = rules.Take(i).FirstOrDefault(r => r.Kind == rule.Kind && (r.Severity is null || r.Severity == rule.Severity));
            if (shadowedBy is not null)
            {
                yield return At("severity", "Shadowed", shadowedBy.Code);
            }
        }
    }

    private static IEnumerable<RuleSetProblem> GradeProblems(IReadOnlyList<GradeBand> grades)
    {
        var expected = new[] { CreditGrade.A, CreditGrade.B, CreditGrade.C };
        if (!grades.Select(g => g.Grade).SequenceEqual(expected))
        {
            yield return RuleSetProblem.Of("grades", "Grades");
            yield break;
        }

        for (var i = 1; i < grades.Count; i++)
        {
            if (grades[i].MinScore >= grades[i - 1].MinScore)
            {
                yield return new RuleSetProblem("grades", null, grades[i].Grade.ToString(), "minScore", "GradeOrder",
                    grades[i].Grade, grades[i - 1].Grade, grades[i].MinScore, grades[i - 1].MinScore);
            }
        }
    }

    private static IEnumerable<RuleSetProblem> RiskProblems(IReadOnlyList<RiskCondition> conditions)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < conditions.Count; i++)
        {
            var condition = conditions[i];
            RuleSetProblem At(string field, string key) => new("riskConditions", i, condition.Code, field, key);
            if (string.IsNullOrWhiteSpace(condition.Code) || !codes.Add(condition.Code))
            {
                yield return At("code", "Code");
            }

            if (condition.Class is not (RiskClass.C or RiskClass.D))
            {
                yield return At("class", "RiskClass");
            }

            if ((condition.Grade is null) == (condition.Kind is null))
            {
                yield return At("grade", "GradeOrKind");
            }

            if (condition.Kind is not null && (condition.AtLeast < 1 || condition.WithinMonths is < 1 or > 120))
            {
                yield return At(condition.AtLeast < 1 ? "atLeast" : "withinMonths", "Counts");
            }
        }
    }
}
