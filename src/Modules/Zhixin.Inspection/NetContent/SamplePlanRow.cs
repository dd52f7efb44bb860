namespace Zhixin.Inspection.NetContent;

/// <summary>
/// One row of the lot and sample plan: for a lot of <see cref="LotFrom"/>..<see cref="LotTo"/> units, how many
/// are measured, the published mean-correction factor λ, and how many sampled units may fall short.
/// </summary>
/// <param name="LotTo">Inclusive; null for the last, open-ended row.</param>
/// <param name="SampleSize">Null when every unit of the lot is inspected (n = N).</param>
/// <param name="Lambda">The published constant, stored rather than recomputed; null when no mean test is made.</param>
/// <param name="AllowedBeyondT">Units allowed a shortfall above T and at most 2T.</param>
/// <param name="AllowedBeyond2T">Units allowed a shortfall above 2T (0 in every published row).</param>
internal sealed record SamplePlanRow(long LotFrom, long? LotTo, int? SampleSize, decimal? Lambda, int AllowedBeyondT, int AllowedBeyond2T)
{
    public bool Contains(long lotSize) => lotSize >= LotFrom && (LotTo is null || lotSize <= LotTo);

    public bool InspectsEveryUnit => SampleSize is null;

    /// <summary>Whether the lot's mean is tested against Qn − λ·s (not for lots inspected unit by unit).</summary>
    public bool HasMeanCriterion => Lambda is not null;

    public int SampleSizeFor(long lotSize) => SampleSize ?? checked((int)lotSize);
}
