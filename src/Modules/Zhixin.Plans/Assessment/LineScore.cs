namespace Zhixin.Plans.Assessment;

/// <summary>
/// One line of a score. <see cref="Ratio"/> is null when the line does not apply (no report due yet, no target
/// with an actual value); its weight then goes to the other lines in proportion, shown in
/// <see cref="EffectiveWeight"/>, so nobody gains or loses for what cannot yet be measured.
/// <see cref="Points"/> = <see cref="EffectiveWeight"/> × <see cref="Ratio"/>, unrounded.
/// </summary>
internal sealed record LineScore(
    string Key,
    string Label,
    ScoreBasis Basis,
    decimal Weight,
    decimal EffectiveWeight,
    decimal? Ratio,
    decimal Points,
    LineEvidence Evidence);
