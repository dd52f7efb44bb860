namespace Zhixin.Inspection.NetContent;

/// <summary>
/// A lot's net-content verdict with every step behind it, in the order a regulator checks them: the edition,
/// the sample plan, T and the limits T1 = Qn − T and T2 = Qn − 2T, each unit's class, the counts, the mean
/// criterion, then the verdict and its reasons. Quantities are in the declared unit unless named "InBase".
/// </summary>
/// <param name="Edition">The whole edition judged by, tables included, so a stored result shows the data behind it.</param>
/// <param name="EditionChosenExplicitly">False when the edition is the one in force on <paramref name="CheckDate"/>.</param>
/// <param name="Notes">What the reader should know beyond the verdict (an unverified edition, an edition named out of its time).</param>
internal sealed record NetContentResult(
    NetContentEdition Edition,
    DateOnly CheckDate,
    bool EditionChosenExplicitly,
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
