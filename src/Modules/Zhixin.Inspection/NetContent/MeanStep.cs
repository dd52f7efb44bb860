namespace Zhixin.Inspection.NetContent;

/// <summary>
/// The mean criterion q̄ ≥ Qn − λ·s, in the declared unit. s is the sample standard deviation (n − 1 denominator);
/// λ is the plan row's published constant. Lots inspected unit by unit (N ≤ 10) have no λ and no mean test.
/// </summary>
/// <param name="StandardDeviation">Null for a single unit, where s is undefined.</param>
/// <param name="Correction">λ·s.</param>
/// <param name="Limit">Qn − λ·s, the least mean that passes.</param>
/// <param name="Passes">Null when the criterion does not apply.</param>
internal sealed record MeanStep(
    bool Applies,
    decimal Mean,
    double? StandardDeviation,
    decimal? Lambda,
    decimal? Correction,
    decimal? Limit,
    bool? Passes);
