namespace Zhixin.Inspection.Contracts;

/// <summary>
/// The internal credit-risk class (A 低 … D 高) of firms, which weighs their share of spot checks (差异化监管). The
/// credit module, above this one, provides it; without it every firm counts as class B, the ordinary ratio.
/// </summary>
public interface ICreditRiskClasses
{
    /// <summary>The class letter ('A'–'D') of each firm asked about that has one; firms not yet classified are absent.</summary>
    Task<IReadOnlyDictionary<string, char>> ClassesAsync(IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken);

    /// <summary>
    /// The inspection ratios by class (抽查比例, per cent) set for <paramref name="regionCode"/> or the nearest region above
    /// it, or null when none is set: the allocation then uses its default class multipliers and the draw weighs every
    /// class alike.
    /// </summary>
    Task<InspectionRatios?> RatiosAsync(string regionCode, CancellationToken cancellationToken);
}

/// <summary>The share of each risk class's firms to inspect in a year, in per cent, and the region that set it.</summary>
public sealed record InspectionRatios(decimal A, decimal B, decimal C, decimal D, string SetBy);
