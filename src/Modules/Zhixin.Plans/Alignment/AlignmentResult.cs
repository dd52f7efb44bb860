namespace Zhixin.Plans.Alignment;

/// <summary>
/// The outcome of aligning two plans: pairs (each <see cref="AlignmentKind.Carried"/> or
/// <see cref="AlignmentKind.Reworded"/>), national tasks dropped, and provincial tasks no national task matched.
/// </summary>
internal sealed record AlignmentResult(
    IReadOnlyList<AlignedPair> Pairs,
    IReadOnlyList<DroppedTask> Dropped,
    IReadOnlyList<string> ProvinceOnly)
{
    /// <summary>How the national task fared: the kind of its closest pair, or <see cref="AlignmentKind.Dropped"/>.</summary>
    public AlignmentKind KindOf(string upperKey) => Pairs
        .Where(pair => string.Equals(pair.UpperKey, upperKey, StringComparison.Ordinal))
        .OrderByDescending(pair => pair.Similarity)
        .Select(pair => (AlignmentKind?)pair.Kind)
        .FirstOrDefault() ?? AlignmentKind.Dropped;

    /// <summary>The provincial tasks paired with a national task, closest first.</summary>
    public IReadOnlyList<string> LowerKeysOf(string upperKey) => Pairs
        .Where(pair => string.Equals(pair.UpperKey, upperKey, StringComparison.Ordinal))
        .OrderByDescending(pair => pair.Similarity)
        .Select(pair => pair.LowerKey)
        .ToList();
}
