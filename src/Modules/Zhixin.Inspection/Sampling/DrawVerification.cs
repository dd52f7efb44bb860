namespace Zhixin.Inspection.Sampling;

/// <summary>Whether a draw result is what the published seed and listing give, and where it is not.</summary>
internal sealed record DrawVerification(IReadOnlyList<SamplingText> Differences)
{
    public bool Matches => Differences.Count == 0;
}
