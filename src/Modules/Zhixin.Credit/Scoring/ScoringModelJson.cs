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

    public static IReadOnlyList<string> Problems(ScoringModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var problems = new List<string>();
        if (model.Version < 1)
        {
            problems.Add($"version: must be 1 or more, not {model.Version}.");
        }

        if (string.IsNullOrWhiteSpace(model.Name))
        {
            problems.Add("name: required.");
        }

        if (model.BaseScore is < 0 or > 1000)
        {
            problems.Add($"baseScore: must lie between 0 and 1000, not {model.BaseScore}.");
        }

        if (model.CleanMonthsForClassA is < 1 or > 120)
        {
            problems.Add($"cleanMonthsForClassA: must lie between 1 and 120, not {model.CleanMonthsForClassA}.");
        }

        problems.AddRange(RuleProblems(model.Rules));
        problems.AddRange(GradeProblems(model.Grades));
        problems.AddRange(RiskProblems(model.RiskConditions));
        return problems;
    }

    private static IEnumerable<string> RuleProblems(IReadOnlyList<ScoringRule> rules)
    {
        if (rules.Count == 0)
        {
            yield return "rules: at least one rule is needed.";
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var at = $"rules[{i}] ({rule.Code})";
            if (string.IsNullOrWhiteSpace(rule.Code) || !codes.Add(rule.Code))
            {
                yield return $"{at}: the code must be given and unique.";
            }

            if (!Enum.IsDefined(rule.Kind))
            {
                yield return $"{at}: unknown kind {rule.Kind}.";
            }

            if (rule.Points == 0 || (rule.Points < 0) != rule.Kind.IsNegative())
            {
                yield return $"{at}: a {(rule.Kind.IsNegative() ? "negative" : "positive")} kind must {(rule.Kind.IsNegative() ? "take points away (points < 0)" : "add points (points > 0)")}.";
            }

            if (rule.CountsForMonths is < 1 or > 120)
            {
                yield return $"{at}: countsForMonths must lie between 1 and 120, not {rule.CountsForMonths}.";
            }

            if (rule.Cap is <= 0)
            {
                yield return $"{at}: a cap must be more than 0.";
            }

            if (!rule.Kind.IsNegative() && (rule.Severity is not null || rule.GradeAtBest is not null))
            {
                yield return $"{at}: only a negative kind has a severity or caps the grade.";
            }

            // A later rule of the same kind is never reached when an earlier one already matches its records.
            var shadowedBy = rules.Take(i).FirstOrDefault(r => r.Kind == rule.Kind && (r.Severity is null || r.Severity == rule.Severity));
            if (shadowedBy is not null)
            {
                yield return $"{at}: never applies, rule {shadowedBy.Code} before it scores the same records.";
            }
        }
    }

    private static IEnumerable<string> GradeProblems(IReadOnlyList<GradeBand> grades)
    {
        var expected = new[] { CreditGrade.A, CreditGrade.B, CreditGrade.C };
        if (!grades.Select(g => g.Grade).SequenceEqual(expected))
        {
            yield return "grades: list A, B and C in that order, each with its lowest score (below C is D).";
            yield break;
        }

        for (var i = 1; i < grades.Count; i++)
        {
            if (grades[i].MinScore >= grades[i - 1].MinScore)
            {
                yield return $"grades: {grades[i].Grade} must need less than {grades[i - 1].Grade} ({grades[i].MinScore} is not below {grades[i - 1].MinScore}).";
            }
        }
    }

    private static IEnumerable<string> RiskProblems(IReadOnlyList<RiskCondition> conditions)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < conditions.Count; i++)
        {
            var condition = conditions[i];
            var at = $"riskConditions[{i}] ({condition.Code})";
            if (string.IsNullOrWhiteSpace(condition.Code) || !codes.Add(condition.Code))
            {
                yield return $"{at}: the code must be given and unique.";
            }

            if (condition.Class is not (RiskClass.C or RiskClass.D))
            {
                yield return $"{at}: conditions put firms in class C or D; A and B follow from them.";
            }

            if ((condition.Grade is null) == (condition.Kind is null))
            {
                yield return $"{at}: give either a grade or a kind of record, not both.";
            }

            if (condition.Kind is not null && (condition.AtLeast < 1 || condition.WithinMonths is < 1 or > 120))
            {
                yield return $"{at}: atLeast must be 1 or more and withinMonths between 1 and 120.";
            }
        }
    }
}
