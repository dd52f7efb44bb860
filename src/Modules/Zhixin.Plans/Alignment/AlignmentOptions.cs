namespace Zhixin.Plans.Alignment;

/// <summary>
/// Thresholds on the cosine similarity of two tasks' TF-IDF character n-gram vectors, chosen on the national
/// 2012 plan against Fujian's 2012 plan (25 × 26 tasks). Pairs with the same title scored 0.57–1.00, pairs on
/// the same subject under another title 0.36–0.53 (十八↔十九 0.53, 二十二↔二十三 0.38, 十六↔十七 0.36), and the
/// best-scoring unrelated pair 0.23; so <see cref="DefaultHigh"/> sits between reworded and same-title
/// pairs and <see cref="DefaultLow"/> in the middle of the gap above unrelated ones.
/// </summary>
/// <param name="High">At or above: <see cref="AlignmentKind.Carried"/>; also the level at which one task may pair with a second.</param>
/// <param name="Low">At or above (and below <paramref name="High"/>): <see cref="AlignmentKind.Reworded"/>; below: no match.</param>
/// <param name="IncludeDigits">Whether digits count as characters of n-grams (2012年 would then tie plans of one year together).</param>
/// <param name="SharedNGramCount">How many shared n-grams each pair reports as its evidence.</param>
internal sealed record AlignmentOptions(
    double High = AlignmentOptions.DefaultHigh,
    double Low = AlignmentOptions.DefaultLow,
    bool IncludeDigits = false,
    int SharedNGramCount = 5)
{
    public const double DefaultHigh = 0.55;
    public const double DefaultLow = 0.3;

    public static AlignmentOptions Default { get; } = new();
}
