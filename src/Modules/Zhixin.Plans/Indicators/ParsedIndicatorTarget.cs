namespace Zhixin.Plans.Indicators;

/// <summary>
/// One target read from a plan sentence. <see cref="Indicator"/> is the name as written (for display),
/// <see cref="Key"/> its <see cref="IndicatorKey"/> form (for matching). <see cref="Value"/> has any 万/亿
/// multiplier applied; <see cref="UpperValue"/> is set only for <see cref="TargetComparator.Range"/>. <see cref="Unit"/>
/// is folded (simplified, half-width: 个, %) so that units compare across plans.
/// <see cref="Clause"/> is the text the target was read from.
/// </summary>
internal sealed record ParsedIndicatorTarget(
    string Indicator,
    string Key,
    TargetComparator Comparator,
    decimal? Value,
    decimal? UpperValue,
    string? Unit,
    int? Year,
    string? Standard,
    string Clause);
