namespace Zhixin.Inspection.Sampling;

/// <summary>How many eligible producers of a cell fall in each credit-risk class.</summary>
internal sealed record CreditClassCounts(int A, int B, int C, int D) : PerCreditClass<int>(A, B, C, D)
{
    public int Total => A + B + C + D;

    public static CreditClassCounts None { get; } = new(0, 0, 0, 0);

    /// <summary>Producers not classified: they count as class B, the ordinary ratio.</summary>
    public static CreditClassCounts Unclassified(int producers) => new(0, producers, 0, 0);

    /// <summary>These counts with one more producer of <paramref name="creditClass"/>.</summary>
    public CreditClassCounts Add(CreditClass creditClass) => creditClass switch
    {
        CreditClass.A => this with { A = A + 1 },
        CreditClass.C => this with { C = C + 1 },
        CreditClass.D => this with { D = D + 1 },
        _ => this with { B = B + 1 },
    };
}
