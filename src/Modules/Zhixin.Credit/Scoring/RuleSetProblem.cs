using System.Globalization;

namespace Zhixin.Credit.Scoring;

/// <summary>
/// One problem of a rule set: the part it is in (<c>rules</c>, <c>grades</c>, <c>riskConditions</c>, or a top-level
/// field), the position and code of the rule or condition (or the grade) it concerns, the field, and what is wrong as
/// a resource key. The same problem reads in English for the API and the start-up check (<see cref="English"/>), and
/// in the reader's language on the page, naming the rule and the field (<see cref="Describe"/>).
/// </summary>
internal sealed record RuleSetProblem(string Part, int? Index, string? Code, string Field, string Key, params object[] Arguments)
{
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en");

    /// <summary>A problem of a top-level field (name, baseScore …) or of a whole part (rules, grades).</summary>
    public static RuleSetProblem Of(string field, string key, params object[] arguments) => new(field, null, null, field, key, arguments);

    /// <summary>As the API and the start-up check have always said it: <c>rules[4] (N1): the code must be given and unique.</c></summary>
    public string English => $"{(Index is { } i ? $"{Part}[{i}] ({Code})" : Part)}: {CreditText.In(EnglishCulture, "RuleSet.Problem." + Key, Arguments)}";

    /// <summary>In the reader's language, naming the rule (or condition, or grade) and the field: 规则 N1「计分月数」：….</summary>
    public string Describe()
    {
        var what = CreditText.In(CultureInfo.CurrentUICulture, "RuleSet.Problem." + Key, Arguments);
        var field = CreditText.Get("RuleSet.Field." + Field);
        return Part switch
        {
            "rules" when Code is not null => CreditText.Format("RuleSet.Problem.AtRule", Code, field, what),
            "riskConditions" when Code is not null => CreditText.Format("RuleSet.Problem.AtCondition", Code, field, what),
            "grades" when Code is not null => CreditText.Format("RuleSet.Problem.AtGrade", Code, field, what),
            _ => CreditText.Format("RuleSet.Problem.AtField", field, what),
        };
    }
}
