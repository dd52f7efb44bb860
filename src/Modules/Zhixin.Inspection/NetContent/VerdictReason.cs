namespace Zhixin.Inspection.NetContent;

internal enum NetContentCriterion
{
    /// <summary>Units short by more than T, at most the row's allowance.</summary>
    UnitsBeyondT,

    /// <summary>No unit short by more than 2T.</summary>
    UnitsBeyond2T,

    /// <summary>q̄ ≥ Qn − λ·s.</summary>
    Mean,
}

internal enum CriterionOutcome
{
    Met,
    NotMet,
    NotApplied,
}

/// <summary>One criterion of the verdict, met or not, with the figures in words.</summary>
internal sealed record VerdictReason(NetContentCriterion Criterion, CriterionOutcome Outcome, string Message);
