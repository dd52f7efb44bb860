namespace Zhixin.Inspection.NetContent;

/// <summary>
/// A lot to judge: its declared net content, the lot size N, and the measured net content of each sampled unit
/// in the declared unit. The edition is the one in force on <see cref="CheckDate"/> unless <see cref="Edition"/> names one.
/// </summary>
/// <param name="Unit">As written on the package: g, kg, mL, L, m, m², 个 … (see <see cref="NetContentUnit.All"/>).</param>
/// <param name="Measurements">Exactly the n units the plan asks for, in the order measured.</param>
internal sealed record NetContentInput(
    decimal Nominal,
    string Unit,
    long LotSize,
    IReadOnlyList<decimal> Measurements,
    DateOnly CheckDate,
    string? Edition = null);
