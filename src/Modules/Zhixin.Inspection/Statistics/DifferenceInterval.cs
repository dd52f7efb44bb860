namespace Zhixin.Inspection.Statistics;

/// <summary>A confidence interval for a difference of two proportions, later − earlier, between −1 and 1.</summary>
internal sealed record DifferenceInterval(double Lower, double Upper, double ConfidenceLevel)
{
    public bool Contains(double difference) => difference >= Lower && difference <= Upper;

    public bool ExcludesZero => !Contains(0);

    public DifferenceInterval Negate() => new(-Upper, -Lower, ConfidenceLevel);
}
