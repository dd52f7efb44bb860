namespace Zhixin.Plans.Alignment;

/// <summary>A unit-length TF-IDF vector over n-grams; the dot product of two is their cosine similarity.</summary>
internal sealed class TermVector
{
    private readonly Dictionary<string, double> weights;

    public TermVector(Dictionary<string, double> weights)
    {
        var length = Math.Sqrt(weights.Values.Sum(weight => weight * weight));
        this.weights = length == 0
            ? weights
            : weights.ToDictionary(entry => entry.Key, entry => entry.Value / length, StringComparer.Ordinal);
    }

    public double Cosine(TermVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (small, large) = weights.Count <= other.weights.Count ? (this, other) : (other, this);
        var sum = 0.0;
        foreach (var (term, weight) in small.weights)
        {
            if (large.weights.TryGetValue(term, out var otherWeight))
            {
                sum += weight * otherWeight;
            }
        }

        return sum;
    }

    /// <summary>
    /// The shared terms that add most to the similarity. A bigram inside a trigram already listed adds no
    /// explanation, so it is left out.
    /// </summary>
    public IReadOnlyList<string> StrongestShared(TermVector other, int count)
    {
        ArgumentNullException.ThrowIfNull(other);
        var chosen = new List<string>();
        var shared = weights
            .Where(entry => other.weights.ContainsKey(entry.Key))
            .OrderByDescending(entry => entry.Value * other.weights[entry.Key])
            .ThenBy(entry => entry.Key, StringComparer.Ordinal)
            .Select(entry => entry.Key);
        foreach (var term in shared)
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (!chosen.Any(longer => longer.Contains(term, StringComparison.Ordinal)))
            {
                chosen.Add(term);
            }
        }

        return chosen;
    }
}
