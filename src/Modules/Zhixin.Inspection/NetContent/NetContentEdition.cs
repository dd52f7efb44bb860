namespace Zhixin.Inspection.NetContent;

/// <summary>
/// One edition of JJF 1070 as reference data (ReferenceData/net-content-*.json): its tolerable-deficiency
/// tables and its lot and sample plan, from the day it came into force. A new edition is a new file; past
/// checks keep the edition they were judged by.
/// </summary>
/// <param name="Verified">False when the numbers could not be checked against the edition's own text.</param>
/// <param name="BandEdges">Which band owns a nominal quantity on an edge, in words.</param>
/// <param name="RoundingNote">How T is rounded and how sure that reading is, in words.</param>
internal sealed record NetContentEdition(
    string Id,
    string Title,
    DateOnly EffectiveFrom,
    bool Verified,
    string Source,
    string BandEdges,
    string RoundingNote,
    IReadOnlyList<DeficiencyTable> TolerableDeficiency,
    IReadOnlyList<SamplePlanRow> SamplePlan,
    string SamplePlanNote)
{
    public DeficiencyTable TableFor(QuantityKind kind) =>
        TolerableDeficiency.FirstOrDefault(table => table.Kinds.Contains(kind))
        ?? throw new InvalidOperationException($"Edition {Id} has no tolerable-deficiency table for {kind}.");

    public SamplePlanRow RowFor(long lotSize) =>
        SamplePlan.FirstOrDefault(row => row.Contains(lotSize))
        ?? throw new InvalidOperationException($"Edition {Id} has no sample-plan row for a lot of {lotSize}.");

    /// <summary>What is wrong with the edition's data; empty when every kind has a table and every lot a row.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        problems.AddRange(Enum.GetValues<QuantityKind>()
            .Where(kind => TolerableDeficiency.Count(table => table.Kinds.Contains(kind)) != 1)
            .Select(kind => $"Edition {Id} must have exactly one tolerable-deficiency table for {kind}."));
        problems.AddRange(TolerableDeficiency.SelectMany(table => table.Problems()).Select(problem => $"Edition {Id}: {problem}"));
        if (SamplePlan.Count == 0 || SamplePlan[0].LotFrom != 1 || SamplePlan[^1].LotTo is not null)
        {
            problems.Add($"Edition {Id}: the sample plan must start at a lot of 1 and end open-ended.");
        }

        for (var i = 0; i + 1 < SamplePlan.Count; i++)
        {
            if (SamplePlan[i].LotTo + 1 != SamplePlan[i + 1].LotFrom)
            {
                problems.Add($"Edition {Id}: sample-plan rows from {SamplePlan[i].LotFrom} and from {SamplePlan[i + 1].LotFrom} do not meet.");
            }
        }

        problems.AddRange(SamplePlan
            .Where(row => row.SampleSize is <= 0 || (row.SampleSize is null) != (row.Lambda is null) || row.AllowedBeyondT < 0 || row.AllowedBeyond2T < 0)
            .Select(row => $"Edition {Id}: the sample-plan row from {row.LotFrom} needs a positive sample size with its λ (or neither) and allowances of 0 or more."));
        return problems;
    }
}
