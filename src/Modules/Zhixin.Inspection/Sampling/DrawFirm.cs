namespace Zhixin.Inspection.Sampling;

/// <summary>
/// A firm in the pool. <paramref name="Region"/> is its county-level region code (compared with inspectors'
/// for the other-county preference). An inactive firm (deregistered, revoked, not operating) is excluded.
/// The credit code is used as given: its check characters are validated where it was entered.
/// </summary>
internal sealed record DrawFirm(string CreditCode, string Name, string Region, CreditClass CreditClass, bool Active = true);
