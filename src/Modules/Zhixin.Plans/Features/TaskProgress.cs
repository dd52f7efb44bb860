using Zhixin.Plans.Domain;

namespace Zhixin.Plans.Features;

/// <summary>A reporting period of a plan with its deadline, e.g. 2013-H1 due 2013-07-15.</summary>
internal sealed record DuePeriod(string Key, string Label, DateOnly DueOn);

/// <summary>
/// How far a task is, read from its reports: the lead's latest percent where the task has a lead, otherwise the
/// mean of the latest percents of the departments that report; overdue when a department that reports has no
/// report for a period whose deadline has passed.
/// </summary>
internal static class TaskProgress
{
    public static (int Percent, TaskStatus Status, bool Overdue) Of(
        IReadOnlyCollection<TaskAssignment> assignments,
        IReadOnlyCollection<ProgressReport> reports,
        IReadOnlyList<DuePeriod> periods,
        ISet<string> reportingDepartments,
        DateOnly today)
    {
        var latest = reports
            .GroupBy(r => r.DepartmentCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.SubmittedAt)!.Percent, StringComparer.Ordinal);
        var reporters = Reporters(assignments, reportingDepartments);
        var leads = reporters.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.DepartmentCode).ToList();
        int percent;
        if (leads.Count > 0)
        {
            percent = leads.Max(code => latest.GetValueOrDefault(code));
        }
        else if (reporters.Count > 0)
        {
            percent = (int)Math.Round(reporters.Average(a => latest.GetValueOrDefault(a.DepartmentCode)), MidpointRounding.AwayFromZero);
        }
        else
        {
            percent = latest.Count == 0 ? 0 : latest.Values.Max();
        }

        var status = reports.Count == 0 ? TaskStatus.NotStarted : percent >= 100 ? TaskStatus.Completed : TaskStatus.InProgress;
        var overdue = status != TaskStatus.Completed && periods.Any(p => p.DueOn < today
            && reporters.Any(a => !reports.Any(r => r.DepartmentCode == a.DepartmentCode && r.PeriodKey == p.Key)));
        return (percent, status, overdue);
    }

    /// <summary>The departments expected to report: each named body once, collectives such as 有关部门 left out.</summary>
    public static IReadOnlyList<TaskAssignment> Reporters(IEnumerable<TaskAssignment> assignments, ISet<string> reportingDepartments) =>
        [.. assignments.Where(a => reportingDepartments.Contains(a.DepartmentCode))
            .GroupBy(a => a.DepartmentCode, StringComparer.Ordinal)
            .Select(g => g.OrderBy(a => a.Role).First())];
}
