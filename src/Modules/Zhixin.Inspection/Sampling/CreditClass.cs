namespace Zhixin.Inspection.Sampling;

/// <summary>
/// Enterprise credit-risk class (国市监信发〔2022〕6号): A low, B general, C relatively high, D high. Until the
/// credit module classifies firms, every firm counts as <see cref="B"/>.
/// </summary>
internal enum CreditClass
{
    A,
    B,
    C,
    D,
}
