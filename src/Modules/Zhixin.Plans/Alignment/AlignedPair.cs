namespace Zhixin.Plans.Alignment;

/// <summary>
/// A national task and the provincial task that carries it. <see cref="SharedNGrams"/> are the n-grams that
/// weigh most in both, most telling first, for highlighting why the two matched.
/// </summary>
internal sealed record AlignedPair(
    string UpperKey,
    string LowerKey,
    AlignmentKind Kind,
    double Similarity,
    IReadOnlyList<string> SharedNGrams);
