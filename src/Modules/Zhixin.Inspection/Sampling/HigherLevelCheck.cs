namespace Zhixin.Inspection.Sampling;

/// <summary>
/// A firm that a higher level already checks for the same product in the same period: a lower level does not
/// repeat a higher level's check (产品质量法 Art. 15). <paramref name="CheckedBy"/> says which check, for the
/// exclusion's reason; the caller works out the set.
/// </summary>
internal sealed record HigherLevelCheck(string CreditCode, string CheckedBy);
