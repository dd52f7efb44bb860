using System.Globalization;

namespace Zhixin.Inspection.Sampling;

/// <summary>A number per credit-risk class: the allocation's class multipliers, the draw's class weights.</summary>
internal sealed record CreditClassFactors(decimal A, decimal B, decimal C, decimal D) : PerCreditClass<decimal>(A, B, C, D)
{
    /// <summary>Every class alike: an unweighted draw.</summary>
    public static CreditClassFactors Equal { get; } = new(1, 1, 1, 1);

    /// <summary>The shortest invariant form, without trailing zeros (0.50 → "0.5"), as the canonical listing writes it.</summary>
    public static string Format(decimal factor) => factor.ToString("0.############################", CultureInfo.InvariantCulture);
}
