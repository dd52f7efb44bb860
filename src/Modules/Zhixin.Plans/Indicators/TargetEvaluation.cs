namespace Zhixin.Plans.Indicators;

/// <summary>Decides whether a recorded actual value meets a parsed target.</summary>
internal static class TargetEvaluation
{
    /// <summary>
    /// How far an actual value may stray from a 左右 ("about") target and still meet it, as a share of the
    /// target value: 0.05 accepts 80.75–89.25 for 85%左右. Plans use 左右 for levels they expect to hold, not
    /// to exceed, so the band is symmetric; five per cent is this platform's choice, no plan defines it.
    /// </summary>
    public const decimal DefaultAboutTolerance = 0.05m;

    /// <summary>
    /// <see cref="TargetOutcome.Unknown"/> when there is no actual value or the target is qualitative (a person
    /// decides those). A <see cref="TargetComparator.Range"/> is met from its lower bound on (培育1-2个: one
    /// meets it, three exceed it but do not fail it). For <see cref="TargetComparator.IncreaseBy"/> and
    /// <see cref="TargetComparator.DecreaseBy"/> the actual value is the change achieved, in the target's unit.
    /// </summary>
    public static TargetOutcome Evaluate(ParsedIndicatorTarget target, decimal? actual, decimal aboutTolerance = DefaultAboutTolerance)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (actual is not { } value || target.Value is not { } goal)
        {
            return TargetOutcome.Unknown;
        }

        var met = target.Comparator switch
        {
            TargetComparator.AtLeast or TargetComparator.Range or TargetComparator.IncreaseBy or TargetComparator.DecreaseBy => value >= goal,
            TargetComparator.MoreThan => value > goal,
            TargetComparator.AtMost => value <= goal,
            TargetComparator.LessThan => value < goal,
            TargetComparator.About => Math.Abs(value - goal) <= Math.Abs(goal) * aboutTolerance,
            _ => (bool?)null,
        };
        return met switch
        {
            true => TargetOutcome.Met,
            false => TargetOutcome.NotMet,
            null => TargetOutcome.Unknown,
        };
    }
}
