using Zhixin.Plans.Domain;
using Zhixin.Plans.Indicators;

namespace Zhixin.Plans.Features;

/// <summary>A stored target as the pages and the API show it, with met / not met / unknown against its actual value.</summary>
internal static class TargetViews
{
    public static TargetView From(PlanTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new TargetView(target.Id, target.Text, target.Indicator, target.Comparator, target.Value, target.Unit, target.Year,
            target.ComputedBy, target.Actual, target.ActualSource, target.ActualRecordedAt, Outcome(target).ToString());
    }

    public static TargetOutcome Outcome(PlanTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!Enum.TryParse<TargetComparator>(target.Comparator, out var comparator))
        {
            return TargetOutcome.Unknown;
        }

        var parsed = new ParsedIndicatorTarget(target.Indicator, target.IndicatorKey, comparator, target.Value, target.UpperValue, target.Unit, target.Year, null, target.Text);
        return TargetEvaluation.Evaluate(parsed, target.Actual);
    }
}
