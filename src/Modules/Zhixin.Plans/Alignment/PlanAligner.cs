using System.Text.RegularExpressions;

namespace Zhixin.Plans.Alignment;

/// <summary>
/// Aligns a national (upper) plan with a provincial (lower) plan by the wording of their tasks: TF-IDF weighted
/// character n-grams, cosine similarity, then a one-to-one assignment taking the most similar pairs first.
/// A task may take a second partner only when that similarity is also at least <see cref="AlignmentOptions.High"/>:
/// provinces do merge two national tasks into one or split one into two, but a merely related task must not
/// take a partner another task fits better.
/// </summary>
internal static partial class PlanAligner
{
    private const int NearestShown = 3;

    public static AlignmentResult Align(IReadOnlyList<AlignmentItem> upper, IReadOnlyList<AlignmentItem> lower, AlignmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(upper);
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Low > options.High)
        {
            throw new ArgumentException($"The low threshold {options.Low} is above the high threshold {options.High}.", nameof(options));
        }

        var vectors = TfIdfSpace.Vectors(upper.Concat(lower)
            .Select(item => (IReadOnlyList<string>)CharacterNGrams.Of(Wording(item), options.IncludeDigits).ToList())
            .ToList());
        var candidates = (
                from u in Enumerable.Range(0, upper.Count)
                from l in Enumerable.Range(0, lower.Count)
                select (Upper: u, Lower: l, Similarity: vectors[u].Cosine(vectors[upper.Count + l])))
            .ToList();

        var pairs = new List<AlignedPair>();
        var upperTaken = new HashSet<int>();
        var lowerTaken = new HashSet<int>();
        foreach (var (u, l, similarity) in candidates.Where(c => c.Similarity >= options.Low).OrderByDescending(c => c.Similarity))
        {
            var secondPartner = upperTaken.Contains(u) || lowerTaken.Contains(l);
            if (secondPartner && similarity < options.High)
            {
                continue;
            }

            upperTaken.Add(u);
            lowerTaken.Add(l);
            var kind = similarity >= options.High ? AlignmentKind.Carried : AlignmentKind.Reworded;
            var shared = vectors[u].StrongestShared(vectors[upper.Count + l], options.SharedNGramCount);
            pairs.Add(new AlignedPair(upper[u].Key, lower[l].Key, kind, similarity, shared));
        }

        var dropped = Enumerable.Range(0, upper.Count)
            .Where(u => !upperTaken.Contains(u))
            .Select(u => Dropped(upper[u].Key, candidates.Where(c => c.Upper == u), lower))
            .ToList();
        var provinceOnly = Enumerable.Range(0, lower.Count).Where(l => !lowerTaken.Contains(l)).Select(l => lower[l].Key).ToList();
        return new AlignmentResult(pairs, dropped, provinceOnly);
    }

    private static DroppedTask Dropped(
        string upperKey, IEnumerable<(int Upper, int Lower, double Similarity)> candidatesOfUpper, IReadOnlyList<AlignmentItem> lower) =>
        new(upperKey, candidatesOfUpper
            .OrderByDescending(c => c.Similarity)
            .Take(NearestShown)
            .Select(c => new AlignmentCandidate(lower[c.Lower].Key, c.Similarity))
            .ToList());

    // The title is the task's headline, so it is counted again on top of the text. The closing list of
    // departments "(质检总局牵头,…参加)" is left out: national and provincial plans name different bodies
    // (质检总局, 省质监局), which would only blur the comparison of what the tasks ask for.
    private static string Wording(AlignmentItem item) => item.Title + "\n" + DepartmentList().Replace(item.Text, string.Empty);

    [GeneratedRegex(@"[(（][^()（）]*(?:负责|牵头|参加|配合|負責|牽頭|參加)[^()（）]*[)）]\s*$")]
    private static partial Regex DepartmentList();
}
