using System.Globalization;
using Zhixin.Platform.Calendar;

namespace Zhixin.Inspection.FollowUp;

/// <summary>The follow-up's user-facing text, from the module's resources in the request's culture.</summary>
internal static class FollowUpText
{
    public static string Step(FollowUpStepKind kind) => InspectionText.Get($"FollowUp.Step.{kind}");

    public static string Status(DeadlineStatus status) => InspectionText.Get($"FollowUp.Status.{status}");

    public static string DayKind(DayKind kind) => InspectionText.Get($"FollowUp.DayKind.{kind}");

    public static string Escalation(FollowUpEscalation escalation) =>
        escalation == FollowUpEscalation.None ? string.Empty : InspectionText.Get($"FollowUp.Escalation.{escalation}");

    /// <summary>The rule's name in the UI culture; a rule added in data without a resource shows its own (Chinese) name.</summary>
    public static string RuleName(DeadlineRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var key = $"FollowUp.Rule.{rule.Id}";
        var text = InspectionText.Get(key);
        return text == key ? rule.Name : text;
    }

    /// <summary>Why a named rule refuses a step (the deadline and the days early or late), or that it was overridden.</summary>
    public static string Describe(RuleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!check.Broken)
        {
            return string.Empty;
        }

        var reason = check switch
        {
            { AwaitedStep: { } awaited } => InspectionText.Format("FollowUp.Check.Awaiting", Step(awaited)),
            { DaysLate: > 0 } => InspectionText.Format("FollowUp.Check.Late", RuleName(check.Deadline), Date(check.Closes), check.DaysLate),
            _ => InspectionText.Format("FollowUp.Check.Early", RuleName(check.Deadline), Date(check.Opens), check.DaysEarly),
        };
        var outcome = check.Overridden
            ? InspectionText.Format("FollowUp.Check.Overridden", check.OverrideReason!)
            : InspectionText.Get("FollowUp.Check.Refused");
        return $"{reason} {outcome}";
    }

    public static string Describe(StepOrderProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return InspectionText.Format(
            $"FollowUp.Order.{problem.Kind}",
            Step(problem.Step),
            Date(problem.On),
            problem.Prerequisite is { } prerequisite ? Step(prerequisite) : string.Empty,
            Date(problem.PrerequisiteOn));
    }

    public static string YearNotCovered(CalendarYearNotCoveredException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return InspectionText.Format("Calendar.YearNotCovered", exception.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
