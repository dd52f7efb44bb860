namespace Zhixin.Plans.Assessment;

/// <summary>A grade given to totals of at least <see cref="MinScore"/> (and below the next band up).</summary>
internal sealed record GradeBand(string Grade, decimal MinScore);
