namespace Zhixin.Inspection.Sampling;

/// <summary>One value per credit-risk class A–D.</summary>
internal abstract record PerCreditClass<T>(T A, T B, T C, T D)
{
    public T Of(CreditClass creditClass) => creditClass switch
    {
        CreditClass.A => A,
        CreditClass.B => B,
        CreditClass.C => C,
        CreditClass.D => D,
        _ => throw new ArgumentOutOfRangeException(nameof(creditClass), creditClass, null),
    };

    /// <summary>Each class with its value, A first.</summary>
    public IEnumerable<(CreditClass Class, T Value)> All() =>
        Enum.GetValues<CreditClass>().Select(creditClass => (creditClass, Of(creditClass)));
}
