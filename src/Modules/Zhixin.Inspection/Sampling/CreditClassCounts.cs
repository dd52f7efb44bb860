namespace Zhixin.Inspection.Sampling;

/// <summary>How many eligible producers of a cell fall in each credit-risk class.</summary>
internal sealed record CreditClassCounts(int A, int B, int C, int D) : PerCreditClass<int>(A, B, C, D)
{
    public int Total => A + B + C + D;

    /// <summary>Producers not yet classified: they count as class B, the ordinary ratio, until the credit module exists.</summary>
    public static CreditClassCounts Unclassified(int producers) => new(0, producers, 0, 0);
}
