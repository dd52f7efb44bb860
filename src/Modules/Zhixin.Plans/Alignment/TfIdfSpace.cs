namespace Zhixin.Plans.Alignment;

/// <summary>
/// TF-IDF weighting over the tasks of both plans together: an n-gram that every task uses (质量, 加强) says
/// little, one that two tasks share (诚信体系, 伤害监测) says much. Term frequency is dampened (1 + ln count) so a
/// long task repeating a word does not drown the rest; inverse document frequency is smoothed,
/// ln((1 + n) / (1 + df)) + 1, so a term in every task still counts a little.
/// </summary>
internal static class TfIdfSpace
{
    public static IReadOnlyList<TermVector> Vectors(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var counts = documents
            .Select(terms => terms.GroupBy(term => term, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal))
            .ToList();
        var documentFrequency = counts
            .SelectMany(document => document.Keys)
            .GroupBy(term => term, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        return counts
            .Select(document => new TermVector(document.ToDictionary(
                entry => entry.Key,
                entry => (1 + Math.Log(entry.Value)) * (Math.Log((1.0 + counts.Count) / (1.0 + documentFrequency[entry.Key])) + 1),
                StringComparer.Ordinal)))
            .ToList();
    }
}
