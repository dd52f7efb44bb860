namespace Zhixin.Inspection.Sampling;

/// <summary>
/// The parameters of a draw; all of them are written into the pool listing and so are fixed by its hash.
/// </summary>
/// <param name="MaxFirmsPerInspector">At most this many firms per inspector in one draw; null for no limit.</param>
/// <param name="PreferOtherCounty">
/// Whether inspectors from another county than the firm's come first, so that inspectors do not check their
/// own neighbours; inspectors of the same county are still taken when too few others are left.
/// </param>
/// <param name="ClassWeights">
/// Draw weights per credit-risk class (a class-D firm with weight 3 is three times as likely as a weight-1
/// firm to be drawn first); null draws every firm with equal chance.
/// </param>
internal sealed record DrawOptions(int? MaxFirmsPerInspector = null, bool PreferOtherCounty = false, CreditClassFactors? ClassWeights = null)
{
    public static DrawOptions Default { get; } = new();

    public CreditClassFactors Weights => ClassWeights ?? CreditClassFactors.Equal;
}
