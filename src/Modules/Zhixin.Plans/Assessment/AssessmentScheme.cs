using System.Globalization;

namespace Zhixin.Plans.Assessment;

/// <summary>
/// A versioned scoring scheme (考核方案): lines whose weights add up to 100, grade bands, and the parameters of
/// the bases. A new version with a later <see cref="EffectiveFrom"/> replaces a scheme without rewriting past scores.
/// </summary>
internal sealed record AssessmentScheme(
    string Code,
    int Version,
    DateOnly EffectiveFrom,
    IReadOnlyList<SchemeLine> Lines,
    IReadOnlyList<GradeBand> Grades)
{
    public const decimal FullMarks = 100m;

    public ScoringParameters Parameters { get; init; } = ScoringParameters.Default;

    /// <summary>Where the scheme comes from, shown to users (the default says it is this platform's proposal).</summary>
    public string? Note { get; init; }

    /// <summary>What is wrong with the scheme, each problem naming the line or band concerned; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Lines.Count == 0)
        {
            problems.Add("The scheme has no lines.");
        }

        problems.AddRange(Lines.Where(line => line.Weight < 0).Select(line => $"Line {line.Key} ({line.Label}) has a negative weight {Format(line.Weight)}."));
        problems.AddRange(Lines.Where(line => string.IsNullOrWhiteSpace(line.Key)).Select(line => $"Line {line.Label} has no key."));
        problems.AddRange(Lines.GroupBy(line => line.Key, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => $"Line key {group.Key} is used {group.Count()} times."));
        var total = Lines.Sum(line => line.Weight);
        if (Lines.Count > 0 && total != FullMarks)
        {
            var terms = string.Join(" + ", Lines.Select(line => $"{line.Key} {Format(line.Weight)}"));
            problems.Add($"Weights add up to {Format(total)}, not 100: {terms}.");
        }

        if (!Grades.Any(band => band.MinScore <= 0))
        {
            problems.Add("No grade band starts at 0, so some totals would have no grade.");
        }

        problems.AddRange(Grades.GroupBy(band => band.Grade, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => $"Grade {group.Key} is listed {group.Count()} times."));
        problems.AddRange(Parameters.Problems());
        return problems;
    }

    /// <summary>The band of the highest minimum the total reaches.</summary>
    public string GradeFor(decimal total) => Grades
        .Where(band => total >= band.MinScore)
        .OrderByDescending(band => band.MinScore)
        .Select(band => band.Grade)
        .FirstOrDefault() ?? throw new InvalidOperationException($"Scheme {Code} v{Version} has no grade for {Format(total)}.");

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
