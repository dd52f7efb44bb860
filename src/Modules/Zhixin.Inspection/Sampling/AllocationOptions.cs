namespace Zhixin.Inspection.Sampling;

/// <summary>
/// The parameters of a sample allocation.
/// </summary>
/// <param name="HighWeight">Weight of a product of catalogue risk level 1 (高).</param>
/// <param name="RatherHighWeight">Weight of level 2 (较高).</param>
/// <param name="GeneralWeight">Weight of level 3 (一般).</param>
/// <param name="ClassMultipliers">
/// What one producer of each credit-risk class counts for. The defaults (A 0.5, B 1, C 2, D 3) implement the
/// credit-risk policy's "raised ratio and frequency for classes C and D, fewer proactive checks for A"
/// (国市监信发〔2022〕6号) as relative weights; the policy leaves the actual ratios to each locality (Bayannur 2022:
/// A 2 %, B 5 %, C and D 100 %), so a locality sets its own here.
/// </param>
/// <param name="MinimumOnePerCell">
/// Whether every cell with producers (and a score above zero) first gets one batch, so that no product goes
/// unchecked in a region where it is made, before the rest of the budget is shared by score.
/// </param>
internal sealed record AllocationOptions(
    decimal HighWeight = 3,
    decimal RatherHighWeight = 2,
    decimal GeneralWeight = 1,
    CreditClassFactors? ClassMultipliers = null,
    bool MinimumOnePerCell = true)
{
    public static CreditClassFactors DefaultClassMultipliers { get; } = new(0.5m, 1, 2, 3);

    public static AllocationOptions Default { get; } = new();

    public CreditClassFactors Multipliers => ClassMultipliers ?? DefaultClassMultipliers;

    public decimal WeightOf(ProductRiskLevel level) => level switch
    {
        ProductRiskLevel.High => HighWeight,
        ProductRiskLevel.RatherHigh => RatherHighWeight,
        ProductRiskLevel.General => GeneralWeight,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
