namespace Zhixin.Inspection.Statistics;

/// <summary>How <see cref="PassRate"/> cells compute their intervals and flag small cells.</summary>
internal sealed record RateOptions
{
    public static RateOptions Default { get; } = new();

    public IntervalMethod Method { get; init; } = IntervalMethod.Wilson;

    public double ConfidenceLevel { get; init; } = Confidence.DefaultLevel;

    public SmallCellRule SmallCell { get; init; } = SmallCellRule.Default;
}
