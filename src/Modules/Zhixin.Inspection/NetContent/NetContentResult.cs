namespace Zhixin.Inspection.NetContent;

/// <summary>
/// A lot's net-content verdict with every step behind it, in the order a regulator checks them: the edition,
/// the sample plan, T and the limits T1 = Qn − T and T2 = Qn − 2T, each unit's class, the counts, the mean
/// criterion, then the verdict and its reasons. Quantities are in the declared unit unless named "InBase".
/// </summary>
/// <param name="Notes">What the reader should know beyond the verdict (an unverified edition, an edition named out of its time).</param>
internal sealed record NetContentResult(
    EditionChoice Edition,
    decimal Nominal,
    string Unit,
    SamplePlanStep SamplePlan,
    DeficiencyStep TolerableDeficiency,
    decimal T1,
    decimal T2,
    IReadOnlyList<MeasuredUnit> Units,
    ShortfallCounts Counts,
    MeanStep Mean,
    NetContentVerdict Verdict,
    string VerdictText,
    IReadOnlyList<VerdictReason> Reasons,
    IReadOnlyList<string> Notes);
