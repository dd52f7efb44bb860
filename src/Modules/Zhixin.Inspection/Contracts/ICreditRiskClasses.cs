namespace Zhixin.Inspection.Contracts;

/// <summary>
/// The internal credit-risk class (A 低 … D 高) of firms, which weighs their share of spot checks (差异化监管). The
/// credit module, above this one, provides it; without it every firm counts as class B, the ordinary ratio.
/// </summary>
public interface ICreditRiskClasses
{
    /// <summary>The class letter ('A'–'D') of each firm asked about that has one; firms not yet classified are absent.</summary>
    Task<IReadOnlyDictionary<string, char>> ClassesAsync(IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken);
}
